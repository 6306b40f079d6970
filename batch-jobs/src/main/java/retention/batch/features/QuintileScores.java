package retention.batch.features;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** Customer-id ranges the buyers are read in. */
    private static final int READ_RANGES = 8;

    private final JdbcClient jdbc;
    private final ParallelStatements parallel;

    QuintileScores(JdbcClient jdbc, ParallelStatements parallel) {
        this.jdbc = jdbc;
        this.parallel = parallel;
    }

    /**
     * Adds the thresholds of the run date's buyers to the statement parameters. The distributions are counted here
     * from one read of the buyers, not by three GROUP BYs: MariaDB groups the million buyers' distinct amounts in an
     * on-disk temporary table. In customer-id ranges, two at a time, so no buffered result holds them all.
     */
    void addThresholds(Map<String, Object> parameters, StatsTables tables) {
        String sql = "SELECT o.recency_days, o.frequency, o.monetary "
                + "FROM " + tables.rename("stats_orders") + " o JOIN customer c ON c.id = o.customer_id "
                + "AND c.registered_at < :t0 WHERE o.run_date = :runDate AND o.customer_id BETWEEN :fromId AND :toId "
                + "AND NOT EXISTS (SELECT 1 FROM skip_log k WHERE k.run_date = :runDate AND k.source = 'customer' "
                + "AND k.row_id = c.id)";
        // Recency is scored the other way round: the fewest days since the last order score 5.
        Map<Long, Long> recency = new TreeMap<>(Comparator.reverseOrder());
        Map<Long, Long> frequency = new TreeMap<>();
        Map<BigDecimal, Long> monetary = new TreeMap<>();
        long[] bounds = jdbc.sql(tables.rename("SELECT MIN(customer_id), MAX(customer_id) FROM stats_orders "
                + "WHERE run_date = :runDate")).params(parameters)
                .query((rs, n) -> rs.getObject(1) == null ? null : new long[] { rs.getLong(1), rs.getLong(2) })
                .optional().orElse(null);
        if (bounds != null) {
            parallel.runInRanges(bounds[0], bounds[1], READ_RANGES, (from, to) -> {
                Map<String, Object> range = new HashMap<>(parameters);
                range.put("fromId", from);
                range.put("toId", to);
                Map<Long, Long> r = new HashMap<>();
                Map<Long, Long> f = new HashMap<>();
                Map<BigDecimal, Long> m = new HashMap<>();
                jdbc.sql(sql).params(range).query(rs -> {
                    r.merge(rs.getLong(1), 1L, Long::sum);
                    f.merge(rs.getLong(2), 1L, Long::sum);
                    m.merge(rs.getBigDecimal(3), 1L, Long::sum);
                });
                synchronized (recency) {
                    r.forEach((v, n) -> recency.merge(v, n, Long::sum));
                    f.forEach((v, n) -> frequency.merge(v, n, Long::sum));
                    m.forEach((v, n) -> monetary.merge(v, n, Long::sum));
                }
            });
        }
        put(parameters, "recency", thresholds(sorted(recency)));
        put(parameters, "frequency", thresholds(sorted(frequency)));
        put(parameters, "monetary", thresholds(sorted(monetary)));
    }

    private static List<Object[]> sorted(Map<?, Long> counts) {
        List<Object[]> values = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> values.add(new Object[] { value, count }));
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
