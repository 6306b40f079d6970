package retention.app.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tags a message may name: the categories a customer bought most in the last year, at most two, each with
 * at least two paid orders ("beauty", "snacks"; templates translate them).
 */
@Component
class CustomerTags {

    private static final int MAX_TAGS = 2;
    private static final int MIN_ORDERS = 2;

    private final JdbcClient jdbc;

    CustomerTags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, List<String>> load(Collection<Long> customerIds, Instant now) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (customerIds.isEmpty()) {
            return tags;
        }
        jdbc.sql("SELECT customer_id, category, COUNT(*) AS n FROM orders WHERE customer_id IN (:ids) "
                + "AND status = 'PAID' AND category IS NOT NULL AND placed_at >= :since GROUP BY customer_id, category "
                + "HAVING COUNT(*) >= :min ORDER BY customer_id, n DESC, category")
                .param("ids", customerIds).param("since", OutboxClaims.utc(now.minus(java.time.Duration.ofDays(365))))
                .param("min", MIN_ORDERS)
                .query(rs -> {
                    List<String> list = tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>(MAX_TAGS));
                    if (list.size() < MAX_TAGS) {
                        list.add(rs.getString(2));
                    }
                });
        return tags;
    }
}
