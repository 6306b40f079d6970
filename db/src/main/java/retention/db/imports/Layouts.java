package retention.db.imports;

import static retention.db.imports.Column.optional;
import static retention.db.imports.Column.required;

import java.math.BigDecimal;
import java.util.List;

/**
 * The columns of each import file, named as the table's columns (V1 and V6 migrations) and documented with an
 * example per file in docs/import.md. Lengths are the table's; the vocabularies are the ones the nightly run's SQL
 * tests for.
 */
final class Layouts {

    static final List<String> ORDER_STATUSES = List.of("PAID", "REFUNDED", "CANCELLED");
    static final List<String> INTERACTION_KINDS = List.of("INQUIRY", "COMPLAINT", "TICKET", "NPS_SURVEY", "REVIEW");
    static final List<String> VISIT_OUTCOMES = List.of("BROWSE", "PURCHASE", "CART_ABANDONED", "CHECKOUT_FAILED");
    /** PHONE is a callback by the service team; the product's own demo channel LOG is not history. */
    static final List<String> CHANNELS = List.of("SMS", "EMAIL", "WECHAT", "PUSH", "PHONE");

    private static final String TIME = "DATETIME";
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private Layouts() {
    }

    static List<Column> customers() {
        return List.of(required("id", "BIGINT", Values.id()),
                required("name", "VARCHAR(100)", Values.text(100)),
                optional("title", "VARCHAR(20)", Values.text(20)),
                optional("email", "VARCHAR(200)", Values.email(200)),
                optional("phone", "VARCHAR(40)", Values.text(40)),
                optional("wechat_openid", "VARCHAR(64)", Values.text(64)),
                optional("push_token", "VARCHAR(200)", Values.text(200)),
                required("language", "VARCHAR(10)", Values.language()),
                required("time_zone", "VARCHAR(40)", Values.zone()),
                optional("city", "VARCHAR(60)", Values.text(60)),
                optional("consent_sms", "BOOLEAN", Values.bool(), false),
                optional("consent_email", "BOOLEAN", Values.bool(), false),
                optional("consent_wechat", "BOOLEAN", Values.bool(), false),
                optional("consent_push", "BOOLEAN", Values.bool(), false),
                optional("do_not_contact", "BOOLEAN", Values.bool(), false),
                required("registered_at", TIME, Values.time()));
    }

    static List<Column> orders() {
        return List.of(externalId(), customerId(),
                required("placed_at", TIME, Values.time()),
                required("status", "VARCHAR(16)", Values.oneOf(ORDER_STATUSES)),
                required("amount", "DECIMAL(12,2)", Values.money()),
                optional("discount", "DECIMAL(12,2)", Values.money(), ZERO),
                optional("refund_amount", "DECIMAL(12,2)", Values.money(), ZERO),
                optional("coupon_code", "VARCHAR(40)", Values.text(40)),
                optional("category", "VARCHAR(40)", Values.text(40)));
    }

    static List<Column> interactions() {
        return List.of(externalId(), customerId(),
                required("kind", "VARCHAR(16)", Values.oneOf(INTERACTION_KINDS)),
                optional("reason_tag", "VARCHAR(32)", Values.text(32)),
                // The range depends on the kind: checked by RowRules.
                optional("score", "INT", Values.count(Integer.MIN_VALUE, Integer.MAX_VALUE)),
                required("opened_at", TIME, Values.time()),
                optional("resolved_at", TIME, Values.time()),
                optional("note", "VARCHAR(500)", Values.text(500)));
    }

    static List<Column> siteVisits() {
        return List.of(externalId(), customerId(),
                required("visited_at", TIME, Values.time()),
                optional("category", "VARCHAR(40)", Values.text(40)),
                required("outcome", "VARCHAR(16)", Values.oneOf(VISIT_OUTCOMES)),
                optional("page_load_ms", "INT", Values.count(0, 600_000)),
                optional("checkout_steps", "INT", Values.count(1, 100)));
    }

    static List<Column> contacts() {
        return List.of(externalId(), customerId(),
                required("channel", "VARCHAR(10)", Values.oneOf(CHANNELS)),
                required("sent_at", TIME, Values.time()),
                optional("template", "VARCHAR(60)", Values.text(60)),
                optional("personalized", "BOOLEAN", Values.bool(), false),
                optional("recall", "BOOLEAN", Values.bool(), true),
                optional("opened_at", TIME, Values.time()),
                optional("answered_at", TIME, Values.time()));
    }

    private static Column externalId() {
        return required("external_id", "VARCHAR(64)", Values.text(64));
    }

    private static Column customerId() {
        return required("customer_id", "BIGINT", Values.id());
    }
}
