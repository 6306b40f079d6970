package retention.app.webhook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the events after a subscription's cursor. Events carry ids, codes and statuses, never contact data: a
 * webhook receiver that needs a phone number asks the API with a key allowed to read it.
 */
@Component
class WebhookEvents {

    /** Statuses after which a delivery no longer changes. */
    private static final Set<String> FINAL = Set.of("SENT", "FAILED", "EXPIRED", "CANCELLED");

    private final JdbcClient jdbc;

    WebhookEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** New actions after the cursor, in id order. */
    List<Map<String, Object>> actionsAfter(long cursor, int limit) {
        return jdbc.sql("SELECT id, run_date, customer_id, action_code, kind, status, channel, rule_name, "
                + "rule_book_version_id, reason FROM retention_action WHERE id > ? ORDER BY id LIMIT ?")
                .params(cursor, limit).query((rs, n) -> {
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("id", rs.getLong("id"));
                    event.put("runDate", rs.getObject("run_date", LocalDate.class).toString());
                    event.put("customerId", rs.getLong("customer_id"));
                    event.put("actionCode", rs.getString("action_code"));
                    event.put("kind", rs.getString("kind"));
                    event.put("status", rs.getString("status"));
                    event.put("channel", rs.getString("channel"));
                    event.put("ruleName", rs.getString("rule_name"));
                    event.put("ruleBookVersionId", rs.getLong("rule_book_version_id"));
                    event.put("reason", rs.getString("reason"));
                    return event;
                }).list();
    }

    /**
     * Deliveries after the cursor that reached a final status, in id order, stopping before the first one still
     * under way: the cursor never passes a delivery whose outcome is not known yet.
     */
    List<Map<String, Object>> deliveriesAfter(long cursor, int limit) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT id, action_id, run_date, customer_id, channel, status, "
                + "attempts, sent_at, last_error FROM outbox WHERE id > ? ORDER BY id LIMIT ?")
                .params(cursor, limit).query((rs, n) -> {
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("id", rs.getLong("id"));
                    event.put("actionId", rs.getLong("action_id"));
                    event.put("runDate", rs.getObject("run_date", LocalDate.class).toString());
                    event.put("customerId", rs.getLong("customer_id"));
                    event.put("channel", rs.getString("channel"));
                    event.put("status", rs.getString("status"));
                    event.put("attempts", rs.getInt("attempts"));
                    LocalDateTime sentAt = rs.getObject("sent_at", LocalDateTime.class);
                    event.put("sentAt", sentAt == null ? null : sentAt.toString());
                    event.put("lastError", rs.getString("last_error"));
                    return event;
                }).list();
        List<Map<String, Object>> settled = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (!FINAL.contains(row.get("status"))) {
                break;
            }
            settled.add(row);
        }
        return settled;
    }
}
