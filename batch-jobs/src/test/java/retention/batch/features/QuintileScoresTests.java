package retention.batch.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class QuintileScoresTests {

    @Test
    void scoresTiesAlikeAndSplitsDistinctValuesIntoFifths() {
        // Ten buyers, values 1..10: each fifth is two values.
        Object[] thresholds = QuintileScores.thresholds(counts(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L)));

        assertThat(thresholds).containsExactly(3L, 5L, 7L, 9L);
    }

    @Test
    void givesEveryoneTheTopScoreWhenAllValuesTie() {
        Object[] thresholds = QuintileScores.thresholds(counts(List.of(4L, 4L, 4L, 4L)));

        assertThat(thresholds).containsExactly(4L, 4L, 4L, 4L);
    }

    @Test
    void hasNoThresholdsWithoutBuyers() {
        assertThat(QuintileScores.thresholds(List.of())).containsOnlyNulls();
    }

    @RepeatedTest(20)
    void agreesWithFiveTimesTheCumulativeDistributionRoundedUp() {
        SplittableRandom random = new SplittableRandom();
        List<Long> values = new ArrayList<>();
        int n = 1 + random.nextInt(300);
        for (int i = 0; i < n; i++) {
            values.add((long) random.nextInt(1 + random.nextInt(40)));
        }
        Object[] thresholds = QuintileScores.thresholds(counts(values));

        for (long value : values) {
            long atOrBelow = values.stream().filter(v -> v <= value).count();
            long expected = (long) Math.ceil(5.0 * atOrBelow / n);
            assertThat(score(value, thresholds)).as("value %d among %s", value, values).isEqualTo(expected);
        }
    }

    /** The CASE the facts statement applies for an ascending metric. */
    private static long score(long value, Object[] thresholds) {
        for (int score = 5; score >= 2; score--) {
            Object threshold = thresholds[score - 2];
            if (threshold != null && value >= (Long) threshold) {
                return score;
            }
        }
        return 1;
    }

    private static List<Object[]> counts(List<Long> values) {
        Map<Long, Long> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new Object[] { e.getKey(), e.getValue() }).toList();
    }
}
