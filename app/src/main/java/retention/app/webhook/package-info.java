/**
 * Outbound webhooks: integrators subscribe a URL to action and delivery events, which are posted in batches,
 * signed with HMAC-SHA256, retried with exponential backoff and logged.
 */
package retention.app.webhook;
