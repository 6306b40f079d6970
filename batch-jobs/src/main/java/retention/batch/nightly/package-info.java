/**
 * The nightly retention job: snapshot the customer facts of the run date, evaluate the rule book over them in
 * chunks, and plan the resulting messages into the outbox. Every write is keyed by run date, customer and action,
 * so a restart or a second run of the same date never duplicates anything.
 */
package retention.batch.nightly;
