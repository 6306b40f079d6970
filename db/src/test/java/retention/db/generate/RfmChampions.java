package retention.db.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Scores recency, frequency and monetary value 1-5 by quintile over the customers who ever paid (NTILE(5) over the
 * sorted values, 5 the best), as the nightly run's RFM does, to see how many customers of a planted stage the
 * champion route to LOYAL would take.
 */
final class RfmChampions {

    /**
     * One customer's scores.
     *
     * @param r recency score
     * @param f frequency score
     * @param m monetary score
     */
    record Scores(int r, int f, int m) {
    }

    private RfmChampions() {
    }

    static Map<Long, Scores> scores(Map<Long, CustomerFacts> facts, LocalDate asOf) {
        LocalDateTime t0 = asOf.atStartOfDay();
        List<CustomerFacts> buyers = new ArrayList<>(facts.values().stream().filter(f -> f.ordersTotal > 0).toList());
        Map<Long, Integer> r = quintiles(buyers, f -> -ChronoUnit.DAYS.between(f.lastPaid, t0));
        Map<Long, Integer> fr = quintiles(buyers, f -> f.paid365);
        Map<Long, Integer> m = quintiles(buyers, f -> f.net365);
        Map<Long, Scores> scores = new HashMap<>();
        for (CustomerFacts f : buyers) {
            scores.put(f.id, new Scores(r.get(f.id), fr.get(f.id), m.get(f.id)));
        }
        return scores;
    }

    private static Map<Long, Integer> quintiles(List<CustomerFacts> buyers, ToDoubleFunction<CustomerFacts> value) {
        List<CustomerFacts> sorted = new ArrayList<>(buyers);
        sorted.sort(Comparator.comparingDouble(value).thenComparingLong(f -> f.id));
        Map<Long, Integer> quintile = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            quintile.put(sorted.get(i).id, 1 + (int) ((long) i * 5 / sorted.size()));
        }
        return quintile;
    }
}
