package retention.batch.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import retention.db.action.ActionCount;

/**
 * The stored report of one execution of the nightly run.
 *
 * @param executionId the job execution
 * @param runDate the night
 * @param status COMPLETED, FAILED or STOPPED
 * @param forced whether it was a forced re-run, replacing the date's earlier actions
 * @param startedAt start (UTC)
 * @param endedAt end (UTC)
 * @param customersEvaluated customers the rules were evaluated for, over every execution of the date
 * @param actions actions recorded for the date
 * @param messagesPlanned messages in the outbox for the date
 * @param rowsSkipped bad rows skipped
 * @param ruleBookVersionId the rule book version pinned for the run
 * @param failure why it failed, or null
 * @param counts the breakdowns
 */
public record RunReport(long executionId, LocalDate runDate, String status, boolean forced, LocalDateTime startedAt,
        LocalDateTime endedAt, long customersEvaluated, long actions, long messagesPlanned, long rowsSkipped,
        Long ruleBookVersionId, String failure, List<RunReportCount> counts) {

    public List<RunReportCount> section(String section) {
        return counts.stream().filter(c -> c.section().equals(section)).toList();
    }

    /** The ACTION breakdown as action counts, the most frequent first. */
    public List<ActionCount> actionCounts() {
        return section("ACTION").stream().map(c -> {
            int space = c.detail().indexOf(' ');
            return new ActionCount(c.name(), c.detail().substring(0, space), c.detail().substring(space + 1),
                    c.count());
        }).sorted(Comparator.comparingLong(ActionCount::count).reversed().thenComparing(ActionCount::actionCode))
                .toList();
    }
}
