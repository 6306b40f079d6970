package retention.batch.features;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The R, F and M quintile scores as thresholds. A score is the cumulative distribution of the customer's value
 * among all buyers, times five, rounded up, so ties share a score; that makes the score a step function of the
 * value with four steps, found here from each metric's distribution. The facts statement then scores a million
 * customers with a CASE, instead of three window functions that would sort every wide row three times.
 */
@Component
class QuintileScores {

    private final JdbcClient jdbc;
    private final ParallelStatements parallel;

    QuintileScores(JdbcClient jdbc, ParallelStatements parallel) {
        this.jdbc = jdbc;
        this.parallel = parallel;
    }

    /** Adds the thresholds of the run date's buyers to the statement parameters. */
    void addThresholds(Map<String, Object> parameters, StatsTables tables) {
        String buyers = "FROM " + tables.rename("stats_orders")
                + " o JOIN customer c ON c.id = o.customer_id AND c.registered_at < :t0 "
                + "WHERE o.run_date = :runDate AND NOT EXISTS (SELECT 1 FROM skip_log k WHERE k.run_date = :runDate "
                + "AND k.source = 'customer' AND k.row_id = c.id)";
        // Recency is scored the other way round: the fewest days since the last order score 5.
        Map<String, String> metrics = Map.of(
                "recency", "SELECT TIMESTAMPDIFF(DAY, CAST(o.last_order_at AS DATE), :runDate) AS v, COUNT(*) " + buyers
                        + " GROUP BY v ORDER BY v DESC",
                "frequency", "SELECT o.frequency AS v, COUNT(*) " + buyers + " GROUP BY v ORDER BY v",
                "monetary", "SELECT o.monetary AS v, COUNT(*) " + buyers + " GROUP BY v ORDER BY v");
        // Three passes over the same rows, each grouping by its own value: side by side, one per core.
        Map<String, Object[]> found = new ConcurrentHashMap<>();
        parallel.runAll(metrics.entrySet().stream().<Runnable>map(metric -> () -> found.put(metric.getKey(),
                thresholds(distribution(metric.getValue(), parameters)))).toList());
        found.forEach((metric, thresholds) -> put(parameters, metric, thresholds));
    }

    private List<Object[]> distribution(String sql, Map<String, Object> parameters) {
        List<Object[]> values = new ArrayList<>();
        jdbc.sql(sql).params(parameters).query(rs -> {
            values.add(new Object[] { rs.getObject(1), rs.getLong(2) });
        });
        return values;
    }

    /**
     * For scores 2 to 5, the first value (in scoring order) whose cumulative count reaches the score's share:
     * score ≥ s exactly when the value is at or beyond threshold s. Null thresholds when there is no buyer.
     */
    static Object[] thresholds(List<Object[]> sortedCounts) {
        long n = sortedCounts.stream().mapToLong(v -> (Long) v[1]).sum();
        Object[] thresholds = new Object[4];
        long cumulative = 0;
        int next = 0;
        for (Object[] value : sortedCounts) {
            cumulative += (Long) value[1];
            while (next < 4 && cumulative >= rank(n, next + 2)) {
                thresholds[next++] = value[0];
            }
        }
        return thresholds;
    }

    /** The rank, from 1, of the first value that scores at least {@code score}: floor(n (s - 1) / 5) + 1. */
    static long rank(long n, int score) {
        return n * (score - 1) / 5 + 1;
    }

    private static void put(Map<String, Object> parameters, String metric, Object[] thresholds) {
        for (int score = 2; score <= 5; score++) {
            Object value = thresholds[score - 2];
            parameters.put(metric + score, value instanceof BigDecimal || value == null ? value
                    : ((Number) value).longValue());
        }
    }
}
