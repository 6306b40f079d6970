package retention.batch.features;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The R, F and M quintile scores as thresholds. A score is the cumulative distribution of the customer's value
 * among all buyers, times five, rounded up, so ties share a score; that makes the score a step function of the
 * value with four steps, found here from each metric's distribution. The facts statement then scores a million
 * customers with a CASE, instead of three window functions that would sort every wide row three times.
 */
final class QuintileScores {

    private QuintileScores() {
    }

    /** Adds the thresholds of the run date's buyers to the statement parameters. */
    static void addThresholds(Map<String, Object> parameters, BuyerCounts buyers) {
        // Recency is scored the other way round: the fewest days since the last order score 5.
        Map<Long, Long> recency = new TreeMap<>(Comparator.reverseOrder());
        recency.putAll(buyers.recency());
        put(parameters, "recency", thresholds(sorted(recency)));
        put(parameters, "frequency", thresholds(sorted(new TreeMap<>(buyers.frequency()))));
        put(parameters, "monetary", thresholds(sorted(new TreeMap<>(buyers.monetary()))));
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
