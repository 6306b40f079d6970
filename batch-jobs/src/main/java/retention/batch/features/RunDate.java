package retention.batch.features;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The instants a run date's facts are computed against. Everything at or after {@link #start()} is invisible to
 * the run, so a backfill for a past date sees exactly what that night would have seen.
 *
 * @param date the run date
 * @param properties the windows
 */
public record RunDate(LocalDate date, FeatureProperties properties) {

    /** Midnight UTC at the start of the run date: data strictly before it counts. */
    public LocalDateTime start() {
        return date.atStartOfDay();
    }

    public LocalDateTime rfmStart() {
        return start().minusDays(properties.rfmWindowDays());
    }

    public LocalDateTime trendStart() {
        return start().minusDays(properties.trendWindowDays());
    }

    public LocalDateTime previousTrendStart() {
        return start().minusDays(2L * properties.trendWindowDays());
    }
}
