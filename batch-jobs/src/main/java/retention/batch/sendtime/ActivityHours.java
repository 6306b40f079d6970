package retention.batch.sendtime;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.batch.contact.CustomerSet;

/**
 * Reads when customers were active, in their own local hours: the paid orders they placed and the messages they
 * opened, over the configured history.
 */
@Component
public class ActivityHours {

    private final JdbcClient jdbc;

    public ActivityHours(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One histogram per customer that has any activity since {@code since} (UTC); zones by customer id. */
    public Map<Long, HourHistogram> load(CustomerSet batch, Map<Long, ZoneId> zones, LocalDateTime since) {
        Map<Long, HourHistogram> histograms = new HashMap<>();
        if (batch.ids().isEmpty()) {
            return histograms;
        }
        add(histograms, zones, batch.select("o.customer_id, o.placed_at", "orders o", "o.customer_id",
                "o.status = 'PAID'"), batch, since);
        add(histograms, zones, batch.select("l.customer_id, l.opened_at", "contact_log l", "l.customer_id",
                "l.opened_at IS NOT NULL"), batch, since);
        return histograms;
    }

    private void add(Map<Long, HourHistogram> histograms, Map<Long, ZoneId> zones, String sql, CustomerSet batch,
            LocalDateTime since) {
        Map<ZoneId, LocalHours> hours = new HashMap<>();
        // The time window is applied here, not in SQL: with a range on a parameter H2 scans instead of seeking.
        jdbc.sql(sql).params(batch.params()).query(rs -> {
            long customer = rs.getLong(1);
            LocalDateTime at = rs.getObject(2, LocalDateTime.class);
            if (!batch.contains(customer) || at.isBefore(since)) {
                return;
            }
            ZoneId zone = zones.getOrDefault(customer, SendTimes.FALLBACK_ZONE);
            histograms.computeIfAbsent(customer, id -> new HourHistogram())
                    .add(hours.computeIfAbsent(zone, LocalHours::new).hourOf(at));
        });
    }
}
