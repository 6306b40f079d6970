/**
 * Streaming exports of actions and deliveries for a run-date range, as CSV or JSON Lines.
 */
package retention.app.api.export;
