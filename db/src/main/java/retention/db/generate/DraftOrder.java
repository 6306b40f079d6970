package retention.db.generate;

/** An order while it is being planned: its day is fixed first, its coupon, refund and category later. */
final class DraftOrder {

    final int day;
    final int second;
    String status = "PAID";
    long amountCents;
    long discountCents;
    long refundCents;
    String couponCode;
    String category;

    DraftOrder(int day, int second, long amountCents) {
        this.day = day;
        this.second = second;
        this.amountCents = amountCents;
    }

    boolean paid() {
        return "PAID".equals(status);
    }

    long netCents() {
        return amountCents - refundCents;
    }

    void coupon(Catalogue.Coupon coupon) {
        couponCode = coupon == null ? null : coupon.code();
        discountCents = coupon == null ? 0 : coupon.cents();
    }

    OrderRow toRow(long customerId, Timeline timeline) {
        return new OrderRow(customerId, timeline.at(day, second), status, amountCents, discountCents, refundCents,
                couponCode, category);
    }
}
