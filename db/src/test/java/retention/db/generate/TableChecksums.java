package retention.db.generate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A digest of each shop table's content, generated ids left out (the database assigns them). Values are normalised
 * and rows sorted in Java, so the digest does not depend on the order workers inserted rows in, nor on the database:
 * H2 and MariaDB holding the same rows give the same digests.
 */
final class TableChecksums {

    /** The content columns of each table, in table order. */
    static final Map<String, String> COLUMNS = columns();

    private TableChecksums() {
    }

    static Map<String, String> of(DataSource dataSource) {
        return of(dataSource, Map.of());
    }

    /** Digests per table, each table narrowed by the where clause given for it, if any. */
    static Map<String, String> of(DataSource dataSource, Map<String, String> where) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, String> digests = new LinkedHashMap<>();
        COLUMNS.forEach((table, columns) -> {
            String sql = "SELECT " + columns + " FROM " + table
                    + (where.containsKey(table) ? " WHERE " + where.get(table) : "");
            List<String> rows = new ArrayList<>();
            jdbc.query(sql, row -> {
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    text.append(normalised(row.getObject(i))).append('\u0000');
                }
                rows.add(text.toString());
            });
            Collections.sort(rows);
            MessageDigest digest = sha256();
            rows.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
            digests.put(table, rows.size() + ":" + HexFormat.of().formatHex(digest.digest()));
        });
        return digests;
    }

    private static String normalised(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return Long.toString(number.longValue());
        }
        return String.valueOf(value);
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("customer", "id, name, title, email, phone, wechat_openid, push_token, language, time_zone, city, "
                + "consent_sms, consent_email, consent_wechat, consent_push, do_not_contact, registered_at");
        columns.put("orders", "customer_id, placed_at, status, amount, discount, refund_amount, coupon_code, category");
        columns.put("interaction", "customer_id, opened_at, kind, reason_tag, score, resolved_at, note");
        columns.put("site_visit", "customer_id, visited_at, category, outcome, page_load_ms, checkout_steps");
        columns.put("contact_log", "customer_id, sent_at, channel, template, personalized, recall, opened_at, "
                + "answered_at");
        columns.put("market_event", "kind, name, city, started_at, ended_at");
        columns.put("planted_truth", "customer_id, as_of, stage, causes");
        return Collections.unmodifiableMap(columns);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
