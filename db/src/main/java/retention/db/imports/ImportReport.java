package retention.db.imports;

import java.util.List;

/**
 * The outcome of an import.
 *
 * @param files per file: rows read, inserted, updated, rejected, in import order
 * @param problemCount every problem found
 * @param problems the first problems found, at most {@link ShopImport#SHOWN_PROBLEMS}
 * @param applied whether the rows were written: false when any problem was found and bad rows were not to be
 *        skipped, or when a file could not be read at all; then nothing changed
 * @param millis wall-clock time of the whole import
 */
public record ImportReport(List<FileSummary> files, long problemCount, List<ImportProblem> problems, boolean applied,
        long millis) {

    public ImportReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** Rows rejected, over all files. */
    public long rejectedRows() {
        return files.stream().mapToLong(FileSummary::rejected).sum();
    }

    /** Rows read, over all files. */
    public long rowsRead() {
        return files.stream().mapToLong(FileSummary::read).sum();
    }
}
