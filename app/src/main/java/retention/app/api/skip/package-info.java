/**
 * The skip log over the API, read behind the {@link retention.app.api.skip.Skips} interface.
 */
package retention.app.api.skip;
