package retention.batch.quality;

import java.util.stream.Collectors;

/**
 * The data is too broken for the night's decisions to mean anything.
 */
public class TooManyBadRowsException extends RuntimeException {

    public TooManyBadRowsException(QualityResult result, double limit) {
        super(String.format("%,d of %,d rows (%.1f%%) are bad, above the limit of %.1f%% "
                + "(retention.quality.max-bad-row-share): %s. Fix the data, or raise the limit, and run the date again.",
                result.rowsSkipped(), result.rowsRead(), 100 * result.badShare(), 100 * limit,
                result.skips().stream().map(s -> String.format("%,d %s: %s", s.count(), s.source(), s.reason()))
                        .collect(Collectors.joining(", "))));
    }
}
