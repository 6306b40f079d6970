/**
 * Measurement: control groups, attribution of orders to actions, uplift per rule with its confidence interval,
 * and the retention KPIs over time.
 */
package retention.batch.measure;
