package retention.db.generate;

import java.util.List;

/**
 * A customer's orders and what the rest of the history is fitted to.
 *
 * @param orders the orders, oldest first
 * @param recency days before asOf of the last paid order, or -1 without one
 * @param oldestDay days before asOf of the first order of any status, or -1 without one
 * @param bought categories of the paid orders, sorted
 * @param favourites the categories the customer likes, bought or not yet
 */
record OrderBook(List<OrderRow> orders, int recency, int oldestDay, List<String> bought, List<String> favourites) {

    /** The categories normal browsing stays in: those bought, or the favourites of someone who bought nothing. */
    List<String> familiar() {
        return bought.isEmpty() ? favourites : bought;
    }
}
