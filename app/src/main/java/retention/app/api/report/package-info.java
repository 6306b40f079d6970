/**
 * The measurement over the API: uplift per rule or action against the control groups, and the retention KPIs over
 * time, with the same figures as {@code ./retention report}.
 */
package retention.app.api.report;
