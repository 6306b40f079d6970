package retention.db.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a generated shop back into per-customer facts with the definitions the nightly run uses, skipping the bad
 * rows the way it is told to: negative amounts, times at or after t0, unknown customers, scores out of range.
 */
final class ShopFacts {

    private static final String ORDERS = "SELECT o.customer_id, "
            + "SUM(CASE WHEN o.status = 'PAID' THEN 1 ELSE 0 END), "
            + "MAX(CASE WHEN o.status = 'PAID' THEN o.placed_at END), "
            + "SUM(CASE WHEN o.status = 'PAID' AND o.placed_at >= ? THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN o.status = 'PAID' AND o.placed_at >= ? AND o.placed_at < ? THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN o.status = 'PAID' AND o.placed_at >= ? THEN o.amount - o.refund_amount ELSE 0 END), "
            + "SUM(CASE WHEN o.status = 'PAID' AND o.placed_at >= ? AND o.placed_at < ? "
            + "THEN o.amount - o.refund_amount ELSE 0 END), "
            + "SUM(CASE WHEN o.status = 'PAID' AND o.placed_at >= ? THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN o.status = 'PAID' AND o.placed_at >= ? AND o.coupon_code IS NOT NULL THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN o.status = 'PAID' AND o.placed_at >= ? THEN o.amount - o.refund_amount ELSE 0 END) "
            + "FROM orders o JOIN customer c ON c.id = o.customer_id "
            + "WHERE o.placed_at < ? AND o.amount >= 0 GROUP BY o.customer_id";

    private ShopFacts() {
    }

    static Map<Long, CustomerFacts> read(DataSource dataSource, LocalDate asOf) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        LocalDateTime t0 = asOf.atStartOfDay();
        Map<Long, CustomerFacts> facts = new TreeMap<>();
        jdbc.query("SELECT c.id, c.language, c.city, p.stage, p.causes FROM customer c "
                + "JOIN planted_truth p ON p.customer_id = c.id", row -> {
                    CustomerFacts f = new CustomerFacts(row.getLong(1));
                    f.language = row.getString(2);
                    f.city = row.getString(3);
                    f.plantedStage = row.getString(4);
                    f.plantedCauses = row.getString(5).isEmpty() ? Set.of() : Set.of(row.getString(5).split(","));
                    facts.put(f.id, f);
                });
        orders(jdbc, facts, t0);
        jdbc.query("SELECT DISTINCT o.customer_id, o.category FROM orders o JOIN customer c ON c.id = o.customer_id "
                + "WHERE o.status = 'PAID' "
                + "AND o.placed_at < ? AND o.amount >= 0", row -> {
                    with(facts, row.getLong(1)).bought.add(row.getString(2));
                }, t0);
        interactions(jdbc, facts, t0);
        jdbc.query("SELECT customer_id, visited_at, category, outcome, page_load_ms, checkout_steps FROM site_visit "
                + "WHERE visited_at >= ? AND visited_at < ?", row -> {
                    with(facts, row.getLong(1)).visits.add(new CustomerFacts.Visit(
                            row.getObject(2, LocalDateTime.class), row.getString(3), row.getString(4), row.getInt(5),
                            (Integer) row.getObject(6, Integer.class)));
                }, t0.minusDays(180), t0);
        jdbc.query("SELECT customer_id, personalized, opened_at, answered_at FROM contact_log "
                + "WHERE sent_at >= ? AND sent_at < ?", row -> {
                    with(facts, row.getLong(1)).contacts.add(new CustomerFacts.Contact(row.getBoolean(2),
                            row.getObject(3) != null, row.getObject(4) != null));
                }, t0.minusDays(180), t0);
        return facts;
    }

    private static void orders(JdbcTemplate jdbc, Map<Long, CustomerFacts> facts, LocalDateTime t0) {
        LocalDateTime t90 = t0.minusDays(90);
        LocalDateTime t180 = t0.minusDays(180);
        LocalDateTime t365 = t0.minusDays(365);
        jdbc.query(ORDERS, row -> {
            CustomerFacts f = with(facts, row.getLong(1));
            f.ordersTotal = row.getInt(2);
            f.lastPaid = row.getObject(3, LocalDateTime.class);
            f.orders90 = row.getInt(4);
            f.ordersPrev90 = row.getInt(5);
            f.net90 = row.getDouble(6);
            f.netPrev90 = row.getDouble(7);
            f.paid365 = row.getInt(8);
            f.couponed365 = row.getInt(9);
            f.net365 = row.getDouble(10);
        }, t90, t180, t90, t90, t180, t90, t365, t365, t365, t0);
    }

    private static void interactions(JdbcTemplate jdbc, Map<Long, CustomerFacts> facts, LocalDateTime t0) {
        LocalDateTime t90 = t0.minusDays(90);
        LocalDateTime t180 = t0.minusDays(180);
        jdbc.query("SELECT customer_id, kind, reason_tag, score, opened_at, resolved_at FROM interaction "
                + "WHERE opened_at >= ? AND opened_at < ? AND (score IS NULL OR score BETWEEN 0 AND 10)", row -> {
                    CustomerFacts f = with(facts, row.getLong(1));
                    LocalDateTime opened = row.getObject(5, LocalDateTime.class);
                    f.interactions.add(new CustomerFacts.Interaction(row.getString(2), row.getString(3),
                            (Integer) row.getObject(4, Integer.class), opened,
                            row.getObject(6, LocalDateTime.class)));
                    if ("INQUIRY".equals(row.getString(2))) {
                        f.inquiries90 += opened.isBefore(t90) ? 0 : 1;
                        f.inquiriesPrev90 += !opened.isBefore(t180) && opened.isBefore(t90) ? 1 : 0;
                    }
                }, t0.minusDays(365), t0);
    }

    private static CustomerFacts with(Map<Long, CustomerFacts> facts, long id) {
        return facts.computeIfAbsent(id, CustomerFacts::new);
    }

    /** Cities and start times of the rivals' campaigns. */
    static Map<String, List<LocalDateTime>> campaigns(DataSource dataSource) {
        Map<String, List<LocalDateTime>> campaigns = new HashMap<>();
        String sql = "SELECT city, started_at FROM market_event WHERE kind = 'COMPETITOR_CAMPAIGN'";
        new JdbcTemplate(dataSource).query(sql, row -> {
            campaigns.computeIfAbsent(row.getString(1), c -> new ArrayList<>())
                    .add(row.getObject(2, LocalDateTime.class));
        });
        return campaigns;
    }
}
