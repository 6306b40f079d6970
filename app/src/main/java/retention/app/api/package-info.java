/**
 * The integrators' REST API under {@code /api/v1}: what its endpoints share (keyset cursors, bounds on pages and
 * date ranges, problem answers). Each feature's endpoints live in the sub-package named for it.
 */
package retention.app.api;
