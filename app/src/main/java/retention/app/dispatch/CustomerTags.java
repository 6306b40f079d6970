package retention.app.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.batch.contact.CustomerSet;

/**
 * The tags a message may name: the categories a customer bought most, at most two, each with at least two paid
 * orders ("beauty", "snacks"; templates translate them).
 */
@Component
class CustomerTags {

    private static final int MAX_TAGS = 2;
    private static final int MIN_ORDERS = 2;

    private final JdbcClient jdbc;

    CustomerTags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, List<String>> load(CustomerSet batch) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (batch.ids().isEmpty()) {
            return tags;
        }
        jdbc.sql(batch.select("o.customer_id, o.category, COUNT(*) AS n", "orders o", "o.customer_id",
                "o.status = 'PAID' AND o.category IS NOT NULL") + " GROUP BY o.customer_id, o.category "
                + "ORDER BY o.customer_id, n DESC, o.category")
                .params(batch.params())
                .query(rs -> {
                    if (!batch.contains(rs.getLong(1))) {
                        return;
                    }
                    List<String> list = tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>(MAX_TAGS));
                    if (list.size() < MAX_TAGS && rs.getInt(3) >= MIN_ORDERS) {
                        list.add(rs.getString(2));
                    }
                });
        return tags;
    }
}
