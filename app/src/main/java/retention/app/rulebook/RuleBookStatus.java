package retention.app.rulebook;

import java.time.Instant;
import java.util.List;

import retention.db.rulebook.RuleBookVersion;
import retention.rules.book.Problem;

/**
 * What the service knows about its rule book: the version that is live, when the folder was last read, and why
 * the last change was refused, if it was.
 *
 * @param liveVersion the version the next run uses; null while no valid rule book has been loaded
 * @param lastCheckedAt when the folder was last read
 * @param lastError the refused change in one sentence, or null when the files on disk are the live version
 * @param problems the errors of the refused change, each as file:line:column
 * @param warnings the warnings of the live version or of the refused change
 */
public record RuleBookStatus(RuleBookVersion liveVersion, Instant lastCheckedAt, String lastError,
        List<Problem> problems, List<Problem> warnings) {

    public RuleBookStatus {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    static RuleBookStatus starting() {
        return new RuleBookStatus(null, null, null, List.of(), List.of());
    }
}
