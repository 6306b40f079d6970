/**
 * Customer facts: the features step computes, per customer and run date, everything a rule can test, in
 * set-based SQL over data before the run date only, so that a backfill sees what the night itself would have seen.
 */
package retention.batch.features;
