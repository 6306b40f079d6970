/**
 * The run report: what each execution of the nightly run did, stored when it ends, for the console
 * ({@code ./retention runs}) and the API.
 */
package retention.batch.report;
