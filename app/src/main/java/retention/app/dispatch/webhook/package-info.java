/**
 * SMS, WeChat and app push through the provider's HTTP gateway: a JSON body signed with HMAC-SHA256, the
 * idempotency key as a header, connect and read timeouts.
 */
package retention.app.dispatch.webhook;
