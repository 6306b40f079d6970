package retention.db.generate;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;

/** The INSERT statements of the shop tables and how each row type binds to them. */
final class Binders {

    static final String CUSTOMER = "INSERT INTO customer (id, name, title, email, phone, wechat_openid, push_token, "
            + "language, time_zone, city, consent_sms, consent_email, consent_wechat, consent_push, do_not_contact, "
            + "registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String ORDER = "INSERT INTO orders (customer_id, placed_at, status, amount, discount, refund_amount, "
            + "coupon_code, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INTERACTION = "INSERT INTO interaction (customer_id, kind, reason_tag, score, opened_at, "
            + "resolved_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String VISIT = "INSERT INTO site_visit (customer_id, visited_at, category, outcome, page_load_ms, "
            + "checkout_steps) VALUES (?, ?, ?, ?, ?, ?)";
    static final String CONTACT = "INSERT INTO contact_log (customer_id, channel, sent_at, template, personalized, "
            + "recall, opened_at, answered_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)";
    static final String TRUTH = "INSERT INTO planted_truth (customer_id, as_of, stage, causes) VALUES (?, ?, ?, ?)";

    private Binders() {
    }

    static void customer(PreparedStatement s, CustomerHistory h) throws SQLException {
        Identity c = h.identity();
        s.setLong(1, h.plan().id());
        s.setString(2, c.name());
        s.setString(3, c.title());
        s.setString(4, c.email());
        s.setString(5, c.phone());
        s.setString(6, c.wechatOpenid());
        s.setString(7, c.pushToken());
        s.setString(8, c.language());
        s.setString(9, c.timeZone());
        s.setString(10, c.city());
        s.setBoolean(11, c.consentSms());
        s.setBoolean(12, c.consentEmail());
        s.setBoolean(13, c.consentWechat());
        s.setBoolean(14, c.consentPush());
        s.setBoolean(15, c.doNotContact());
        s.setObject(16, h.registeredAt());
    }

    static void order(PreparedStatement s, OrderRow o) throws SQLException {
        s.setLong(1, o.customerId());
        s.setObject(2, o.placedAt());
        s.setString(3, o.status());
        s.setBigDecimal(4, BigDecimal.valueOf(o.amountCents(), 2));
        s.setBigDecimal(5, BigDecimal.valueOf(o.discountCents(), 2));
        s.setBigDecimal(6, BigDecimal.valueOf(o.refundCents(), 2));
        s.setString(7, o.couponCode());
        s.setString(8, o.category());
    }

    static void interaction(PreparedStatement s, InteractionRow i) throws SQLException {
        s.setLong(1, i.customerId());
        s.setString(2, i.kind());
        s.setString(3, i.reasonTag());
        if (i.score() == null) {
            s.setNull(4, Types.INTEGER);
        }
        else {
            s.setInt(4, i.score());
        }
        s.setObject(5, i.openedAt());
        time(s, 6, i.resolvedAt());
        s.setString(7, i.note());
    }

    static void visit(PreparedStatement s, VisitRow v) throws SQLException {
        s.setLong(1, v.customerId());
        s.setObject(2, v.visitedAt());
        s.setString(3, v.category());
        s.setString(4, v.outcome());
        s.setInt(5, v.pageLoadMs());
        if (v.checkoutSteps() == null) {
            s.setNull(6, Types.INTEGER);
        }
        else {
            s.setInt(6, v.checkoutSteps());
        }
    }

    static void contact(PreparedStatement s, ContactRow c) throws SQLException {
        s.setLong(1, c.customerId());
        s.setString(2, c.channel());
        s.setObject(3, c.sentAt());
        s.setString(4, c.template());
        s.setBoolean(5, c.personalized());
        time(s, 6, c.openedAt());
        time(s, 7, c.answeredAt());
    }

    private static void time(PreparedStatement s, int index, LocalDateTime time) throws SQLException {
        if (time == null) {
            s.setNull(index, Types.TIMESTAMP);
        }
        else {
            s.setObject(index, time);
        }
    }
}
