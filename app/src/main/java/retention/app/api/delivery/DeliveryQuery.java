package retention.app.api.delivery;

import retention.app.api.Cursor;
import retention.app.api.DateRange;

/**
 * A filter over deliveries; every field may be null.
 *
 * @param runDates the run-date range
 * @param customerId one customer
 * @param channel one channel
 * @param status one status
 * @param after the cursor: only deliveries after it, newest first
 * @param limit the page size
 */
public record DeliveryQuery(DateRange runDates, Long customerId, String channel, String status, Cursor after,
        int limit) {
}
