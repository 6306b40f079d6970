package retention.app.api.run;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One execution of the nightly run and what it did, step by step.
 *
 * @param executionId the execution's id: a restart of a failed night is a new execution of the same date
 * @param runDate the night
 * @param status STARTING, STARTED, COMPLETED, FAILED, STOPPED, ... as Spring Batch records it
 * @param exitCode the exit code Spring Batch recorded
 * @param startTime when it started (UTC), or null
 * @param endTime when it ended (UTC), or null while it runs
 * @param durationSeconds wall time, or null while it runs
 * @param ruleBookVersionId the rule book version the night is pinned to, or null before it started
 * @param steps its steps in order
 * @param failure why it failed, or null
 * @param report what the run did, stored when it ended; null while it runs
 */
public record Run(long executionId, LocalDate runDate, String status, String exitCode, LocalDateTime startTime,
        LocalDateTime endTime, Double durationSeconds, Long ruleBookVersionId, List<RunStep> steps, String failure,
        Report report) {

    /**
     * The stored run report.
     *
     * @param forced whether the run replaced the date's earlier actions
     * @param customersEvaluated customers the rules were evaluated for, over every execution of the date
     * @param actions actions recorded for the date
     * @param messagesPlanned messages in the outbox for the date
     * @param rowsSkipped bad rows skipped (see /api/v1/skips)
     * @param counts breakdowns: ACTION (code, channel and status), RULE (rule, status), REASON (why actions did not
     *        go ahead), SKIP (table, reason), STEP (step, milliseconds)
     */
    public record Report(boolean forced, long customersEvaluated, long actions, long messagesPlanned, long rowsSkipped,
            List<Count> counts) {
    }

    /**
     * One line of a breakdown.
     *
     * @param section ACTION, RULE, REASON, SKIP or STEP
     * @param name what is counted
     * @param detail its breakdown
     * @param count how many (milliseconds for STEP)
     */
    public record Count(String section, String name, String detail, long count) {
    }

    /**
     * One step of a run.
     *
     * @param name the step
     * @param status its status
     * @param readCount items read
     * @param writeCount items written
     * @param skipCount items skipped (read, process and write skips)
     * @param commitCount chunks committed
     * @param durationSeconds wall time, or null while it runs
     */
    public record RunStep(String name, String status, long readCount, long writeCount, long skipCount,
            long commitCount, Double durationSeconds) {
    }
}
