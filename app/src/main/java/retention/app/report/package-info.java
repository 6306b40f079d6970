/**
 * The measurement report: uplift per rule and action, incremental revenue and the retention KPIs over time, as
 * console tables and as one self-contained HTML file.
 */
package retention.app.report;
