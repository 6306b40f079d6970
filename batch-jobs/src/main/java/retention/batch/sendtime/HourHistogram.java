package retention.batch.sendtime;

import java.time.LocalTime;
import java.util.Optional;

/**
 * How often a customer was active (ordered, opened a message) in each local hour of the day.
 */
public final class HourHistogram {

    public static final HourHistogram EMPTY = new HourHistogram();

    private final int[] counts = new int[24];

    public void add(int hour) {
        counts[hour]++;
    }

    public int count(int hour) {
        return counts[hour];
    }

    /**
     * The busiest hour outside the quiet hours, when it saw at least {@code minEvents}; the earlier hour on a tie.
     */
    public Optional<LocalTime> best(QuietHours quiet, int minEvents) {
        int best = -1;
        for (int hour = 0; hour < 24; hour++) {
            if (counts[hour] >= Math.max(1, minEvents) && !quiet.contains(LocalTime.of(hour, 0))
                    && (best < 0 || counts[hour] > counts[best])) {
                best = hour;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(LocalTime.of(best, 0));
    }
}
