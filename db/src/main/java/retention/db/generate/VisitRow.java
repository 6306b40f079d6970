package retention.db.generate;

import java.time.LocalDateTime;

/**
 * One row of site_visit.
 *
 * @param customerId the customer
 * @param visitedAt when (UTC)
 * @param category the category looked at
 * @param outcome BROWSE, PURCHASE, CART_ABANDONED or CHECKOUT_FAILED
 * @param pageLoadMs the slowest page load of the visit
 * @param checkoutSteps steps of the checkout, null when the visit did not reach one
 */
record VisitRow(long customerId, LocalDateTime visitedAt, String category, String outcome, int pageLoadMs,
        Integer checkoutSteps) {
}
