package retention.app.api.action;

import retention.app.api.Cursor;
import retention.app.api.DateRange;

/**
 * A filter over the action log; every field may be null.
 *
 * @param runDates the run-date range
 * @param customerId one customer
 * @param ruleName one rule, by its exact name
 * @param actionCode one action code
 * @param channel one channel
 * @param status one status
 * @param after the cursor: only actions after it, newest first
 * @param limit the page size
 */
record ActionQuery(DateRange runDates, Long customerId, String ruleName, String actionCode, String channel,
        String status, Cursor after, int limit) {
}
