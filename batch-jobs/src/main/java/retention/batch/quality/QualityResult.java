package retention.batch.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * The bad rows of a run date.
 *
 * @param runDate the run date
 * @param rowsRead rows of the shop's tables the run reads
 * @param skips bad rows by table and reason (a row can be bad for two reasons)
 */
public record QualityResult(LocalDate runDate, long rowsRead, List<SkipCount> skips) {

    public long rowsSkipped() {
        return skips.stream().mapToLong(SkipCount::count).sum();
    }

    public double badShare() {
        return rowsRead == 0 ? 0 : (double) rowsSkipped() / rowsRead;
    }

    /**
     * @param source the table
     * @param reason why its rows were skipped
     * @param count how many
     */
    public record SkipCount(String source, String reason, long count) {
    }
}
