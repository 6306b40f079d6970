/**
 * Bad data: rows with impossible values are skipped, each with its reason in the skip log, and counted in the run
 * report; above a configurable share of bad rows the run stops instead, because the data, not the customers, would
 * then decide what the rules see.
 */
package retention.batch.quality;
