/**
 * The product's metrics for Prometheus: outbox depth, deliveries by status, actions of the latest night, run
 * durations, the rule book version.
 */
package retention.app.metrics;
