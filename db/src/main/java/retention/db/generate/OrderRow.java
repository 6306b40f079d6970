package retention.db.generate;

import java.time.LocalDateTime;

/**
 * One row of orders; money in cents.
 *
 * @param customerId the customer
 * @param placedAt when it was placed (UTC)
 * @param status PAID, REFUNDED or CANCELLED
 * @param amountCents what was paid after the discount
 * @param discountCents the coupon's value, 0 without one
 * @param refundCents what was refunded: part of a PAID order, all of a REFUNDED one
 * @param couponCode the coupon, or null
 * @param category the category bought
 */
record OrderRow(long customerId, LocalDateTime placedAt, String status, long amountCents, long discountCents,
        long refundCents, String couponCode, String category) {
}
