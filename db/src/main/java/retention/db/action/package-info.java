/**
 * The action log: what the nightly run decided for whom, by which rule of which rule book version, on which
 * facts; and the outbox of messages it planned.
 */
package retention.db.action;
