package retention.app.api.delivery;

import java.io.IOException;
import java.util.Optional;

import retention.app.api.DateRange;
import retention.app.api.Page;

/**
 * Where the API reads deliveries from. Today that is the outbox ({@link OutboxDeliveries}); when delivery attempts
 * get their own table (issue 6) an implementation over it replaces this one without touching the endpoints. The
 * action list reads each action's delivery in its own page query ({@link DeliveryColumns}), which changes with it.
 */
public interface Deliveries {

    Page<Delivery> list(DeliveryQuery query);

    Optional<Delivery> find(long id);

    /**
     * Streams every delivery of a run-date range, in run date and id order, one row at a time.
     *
     * @param unmasked whether recipients are given unmasked; decided by the caller's key before streaming starts
     */
    void stream(DateRange runDates, boolean unmasked, RowHandler<Delivery> handler) throws IOException;

    /**
     * Receives one streamed row.
     *
     * @param <T> the row type
     */
    @FunctionalInterface
    interface RowHandler<T> {
        void accept(T row) throws IOException;
    }
}
