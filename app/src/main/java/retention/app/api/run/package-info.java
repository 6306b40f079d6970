/**
 * Nightly runs over the API: reports read behind the {@link retention.app.api.run.Runs} interface, and starting
 * or restarting a night in the background.
 */
package retention.app.api.run;
