package retention.batch.nightly;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import retention.db.action.ActionCount;

/**
 * What a nightly run did, for the console and later the run report.
 *
 * @param runDate the night
 * @param outcome how it ended
 * @param executionId the job execution that did the work
 * @param customersEvaluated customers the rules were evaluated for
 * @param messagesPlanned messages put in the outbox
 * @param rowsSkipped bad rows skipped, with their reasons in the skip log
 * @param forced whether this was a forced re-run that replaced the date's earlier actions
 * @param actions the night's actions by code, channel and status
 * @param ruleBookVersion the rule book version label, such as {@code v1 (a1b2c3d4e5f6)}
 * @param duration wall time of the execution
 * @param steps wall time per step, in step order
 * @param failure the error, when the run failed
 */
public record NightlyRunResult(LocalDate runDate, RunOutcome outcome, long executionId, long customersEvaluated,
        long messagesPlanned, long rowsSkipped, boolean forced, List<ActionCount> actions, String ruleBookVersion, Duration duration,
        Map<String, Duration> steps, String failure) {

    public long actionCount() {
        return actions.stream().mapToLong(ActionCount::count).sum();
    }
}
