package retention.db.imports;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Checks that involve more than one field of a row, run once every field has parsed. */
final class RowRules {

    /** A check of one parsed row; it rejects the row through {@link ParsedRow#reject}. */
    @FunctionalInterface
    interface Rule {
        void check(ParsedRow row);
    }

    private RowRules() {
    }

    static Rule none() {
        return row -> { };
    }

    static Rule orders() {
        return row -> {
            BigDecimal amount = (BigDecimal) row.get("amount");
            BigDecimal refund = (BigDecimal) row.get("refund_amount");
            if (refund.compareTo(amount) > 0) {
                row.reject("refund_amount", refund.toPlainString() + " is more than the amount paid, "
                        + amount.toPlainString());
            }
        };
    }

    /** NPS answers score 0 to 10, reviews 1 to 5 stars; other kinds carry no score. */
    static Rule interactions() {
        return row -> {
            String kind = (String) row.get("kind");
            Integer score = (Integer) row.get("score");
            if (score != null) {
                switch (kind) {
                    case "NPS_SURVEY" -> range(row, score, 0, 10, "an NPS score is 0 to 10");
                    case "REVIEW" -> range(row, score, 1, 5, "a review scores 1 to 5 stars");
                    default -> row.reject("score", "a " + kind + " has no score; leave it empty (only NPS_SURVEY "
                            + "and REVIEW rows are scored)");
                }
            }
            notBefore(row, "resolved_at", "opened_at");
        };
    }

    static Rule contacts() {
        return row -> {
            notBefore(row, "opened_at", "sent_at");
            notBefore(row, "answered_at", "sent_at");
        };
    }

    private static void range(ParsedRow row, int score, int min, int max, String rule) {
        if (score < min || score > max) {
            row.reject("score", "'" + score + "' is out of range; " + rule);
        }
    }

    private static void notBefore(ParsedRow row, String later, String earlier) {
        LocalDateTime then = (LocalDateTime) row.get(later);
        LocalDateTime first = (LocalDateTime) row.get(earlier);
        if (then != null && then.isBefore(first)) {
            row.reject(later, Times.show(then) + " is before " + earlier + ", " + Times.show(first));
        }
    }
}
