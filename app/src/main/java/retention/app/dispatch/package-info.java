/**
 * Dispatch: claims due outbox rows in batches ({@code SELECT … FOR UPDATE SKIP LOCKED}), applies the contact policy
 * once more, renders each message in the customer's language, sends it over its channel and records every
 * attempt. A crash between claim and send leaves the row claimable once its lease expires.
 */
package retention.app.dispatch;
