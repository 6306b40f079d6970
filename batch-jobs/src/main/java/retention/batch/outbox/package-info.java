/**
 * Planning the night's messages: each planned message action becomes one outbox row with a send time in the
 * customer's own time zone and an idempotency key that travels to the provider.
 */
package retention.batch.outbox;
