package retention.db.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The problems of one import: all of them are counted and handed to the sink (the report file), the first few are
 * kept to be shown, so that a file with a million bad rows costs no more memory than one with a hundred.
 */
final class Problems {

    private final int shownMax;
    private final Consumer<ImportProblem> sink;
    private final List<ImportProblem> shown = new ArrayList<>();
    private long total;
    private boolean fatal;

    Problems(int shownMax, Consumer<ImportProblem> sink) {
        this.shownMax = shownMax;
        this.sink = sink;
    }

    void add(ImportProblem problem) {
        total++;
        if (shown.size() < shownMax) {
            shown.add(problem);
        }
        sink.accept(problem);
    }

    /** A problem that leaves a whole file unreadable: nothing is imported, even when bad rows may be skipped. */
    void addFatal(ImportProblem problem) {
        fatal = true;
        add(problem);
    }

    long total() {
        return total;
    }

    boolean fatal() {
        return fatal;
    }

    List<ImportProblem> shown() {
        return List.copyOf(shown);
    }
}
