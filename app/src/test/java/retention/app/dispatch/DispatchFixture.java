package retention.app.dispatch;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers and due outbox rows written straight into the database, as the nightly planning leaves them.
 */
final class DispatchFixture {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private final JdbcClient jdbc;

    DispatchFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void clear() {
        for (String table : new String[] { "outbox", "delivery_attempt", "contact_log", "callback_task",
                "do_not_contact_list", "retention_action", "customer", "orders", "dispatch_run" }) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /** A customer in Shanghai with every contact point and consent. */
    long customer(String name, String title, String language) {
        long id = IDS.incrementAndGet();
        jdbc.sql("INSERT INTO customer (id, name, title, email, phone, wechat_openid, push_token, language, time_zone, "
                + "consent_sms, consent_email, consent_wechat, consent_push, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                + "?, 'Asia/Shanghai', TRUE, TRUE, TRUE, TRUE, ?)")
                .params(id, name, title, "c" + id + "@example.com", "+86138" + String.format("%08d", id), "o" + id,
                        "t" + id, language, LocalDateTime.of(2025, 1, 1, 0, 0))
                .update();
        return id;
    }

    void order(long customer, String category, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("INSERT INTO orders (customer_id, placed_at, status, amount, category) VALUES (?, ?, 'PAID', 100, ?)")
                    .params(customer, LocalDateTime.of(2026, 10, 1 + i, 9, 0), category).update();
        }
    }

    /** A pending message with its action, due at {@code due} and valid for two days. */
    long message(long customer, String channel, String template, String offer, Instant due) {
        long action = IDS.incrementAndGet();
        jdbc.sql("INSERT INTO retention_action (id, run_date, customer_id, action_code, kind, status, channel, rule_name, "
                + "rule_book_version_id, priority, offer, template, explanation, created_at) VALUES (?, ?, ?, "
                + "'WINBACK_DISCOUNT', 'MESSAGE', 'PLANNED', ?, 'a rule', 1, 50, ?, ?, 'facts', ?)")
                .params(action, utc(due).toLocalDate(), customer, channel, offer, template, utc(due)).update();
        jdbc.sql("INSERT INTO outbox (action_id, run_date, customer_id, channel, template, language, status, send_at, "
                + "expires_at, idempotency_key, priority) SELECT ?, ?, ?, ?, ?, c.language, 'PENDING', ?, ?, ?, 50 "
                + "FROM customer c WHERE c.id = ?")
                .params(action, utc(due).toLocalDate(), customer, channel, template, utc(due),
                        utc(due.plusSeconds(48 * 3600)), "ra-" + action + "-" + channel.toLowerCase(), customer)
                .update();
        return jdbc.sql("SELECT id FROM outbox WHERE action_id = ?").param(action).query(Long.class).single();
    }

    String status(long outboxId) {
        return jdbc.sql("SELECT CONCAT(status, ' | ', COALESCE(status_reason, '')) FROM outbox WHERE id = ?")
                .param(outboxId).query(String.class).single();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
