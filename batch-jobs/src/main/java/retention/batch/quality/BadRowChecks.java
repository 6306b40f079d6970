package retention.batch.quality;

import java.util.List;

/**
 * Every check the nightly run applies before computing facts. Each is one set-based statement. Rows dated after
 * the run date are not the run's business (a backfill must not call tomorrow's orders bad), except rows dated after
 * the moment of the run itself: those are impossible whatever the run date.
 */
final class BadRowChecks {

    static final List<String> SOURCES = List.of("customer", "orders", "interaction", "site_visit", "contact_log");

    /** Column holding each source's time, and its customer column. */
    static String timeColumn(String source) {
        return switch (source) {
            case "customer" -> "registered_at";
            case "orders" -> "placed_at";
            case "interaction" -> "opened_at";
            case "site_visit" -> "visited_at";
            case "contact_log" -> "sent_at";
            default -> throw new IllegalArgumentException(source);
        };
    }

    static String customerColumn(String source) {
        return source.equals("customer") ? "id" : "customer_id";
    }

    static final List<BadRowCheck> ALL = List.of(
            new BadRowCheck("customer", "name missing", "TRIM(x.name) = ''"),
            new BadRowCheck("customer", "broken text in the name", "LOCATE(:replacementCharacter, x.name) > 0"),
            new BadRowCheck("customer", "unknown language", "x.language NOT IN (:languages)"),
            new BadRowCheck("customer", "unknown time zone", "x.time_zone IN (:badTimeZones)"),
            new BadRowCheck("orders", "negative amount", "x.amount < 0 OR x.discount < 0 OR x.refund_amount < 0"),
            new BadRowCheck("orders", "refund larger than the amount", "x.refund_amount > x.amount AND x.amount >= 0"),
            new BadRowCheck("orders", "unknown status", "x.status NOT IN ('PAID', 'REFUNDED', 'CANCELLED')"),
            new BadRowCheck("orders", "broken text in the coupon code", "LOCATE(:replacementCharacter, x.coupon_code) > 0"),
            new BadRowCheck("interaction", "unknown kind",
                    "x.kind NOT IN ('INQUIRY', 'COMPLAINT', 'TICKET', 'REVIEW', 'NPS_SURVEY')"),
            new BadRowCheck("interaction", "score out of range",
                    "(x.kind = 'NPS_SURVEY' AND (x.score < 0 OR x.score > 10)) OR (x.kind = 'REVIEW' AND (x.score < 1 OR x.score > 5))"),
            new BadRowCheck("interaction", "resolved before it was opened", "x.resolved_at < x.opened_at"),
            new BadRowCheck("site_visit", "unknown outcome",
                    "x.outcome NOT IN ('BROWSE', 'PURCHASE', 'CART_ABANDONED', 'CHECKOUT_FAILED')"),
            new BadRowCheck("site_visit", "negative page load time", "x.page_load_ms < 0 OR x.checkout_steps < 0"),
            new BadRowCheck("contact_log", "unknown channel", "x.channel NOT IN ('SMS', 'EMAIL', 'WECHAT', 'PUSH', 'PHONE', 'LOG')"),
            new BadRowCheck("contact_log", "answered before it was sent", "x.answered_at < x.sent_at"));

    private BadRowChecks() {
    }
}
