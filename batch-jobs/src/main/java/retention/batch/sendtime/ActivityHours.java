package retention.batch.sendtime;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
    public Map<Long, HourHistogram> load(Collection<Long> customerIds, Map<Long, ZoneId> zones, LocalDateTime since) {
        Map<Long, HourHistogram> histograms = new HashMap<>();
        if (customerIds.isEmpty()) {
            return histograms;
        }
        add(histograms, zones, "SELECT customer_id, placed_at FROM orders WHERE customer_id IN (:ids) "
                + "AND status = 'PAID' AND placed_at >= :since", customerIds, since);
        add(histograms, zones, "SELECT customer_id, opened_at FROM contact_log WHERE customer_id IN (:ids) "
                + "AND opened_at >= :since", customerIds, since);
        return histograms;
    }

    private void add(Map<Long, HourHistogram> histograms, Map<Long, ZoneId> zones, String sql,
            Collection<Long> customerIds, LocalDateTime since) {
        jdbc.sql(sql).param("ids", customerIds).param("since", since).query(rs -> {
            long customer = rs.getLong(1);
            LocalDateTime at = rs.getObject(2, LocalDateTime.class);
            ZoneId zone = zones.getOrDefault(customer, SendTimes.FALLBACK_ZONE);
            histograms.computeIfAbsent(customer, id -> new HourHistogram())
                    .add(at.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).getHour());
        });
    }
}
