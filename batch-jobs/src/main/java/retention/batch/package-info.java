/**
 * The Spring Batch jobs: the nightly retention run (features, rule evaluation, dispatch planning).
 */
package retention.batch;
