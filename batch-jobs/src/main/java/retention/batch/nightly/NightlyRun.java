package retention.batch.nightly;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import retention.batch.rulebook.RuleBooks;
import retention.batch.report.RunReport;
import retention.batch.report.RunReports;
import retention.db.action.ActionCount;
import retention.db.action.ActionLog;

/**
 * Runs the nightly job for a date, once. A completed date is reported, not run again, unless forced; a forced
 * re-run replaces the date's actions. A date that failed, or whose process was killed, resumes from its last
 * committed chunk. Two launches of one date never run at once: the second is refused.
 */
@Component
public class NightlyRun {

    /** The name under which the run report's time is listed with the steps'. */
    public static final String REPORT_STEP = "runReport";

    private static final Set<BatchStatus> UNFINISHED = Set.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyRetentionJob;
    private final ActionLog actionLog;
    private final RunReports reports;
    private final RuleBooks ruleBooks;
    private final RunLock runLock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public NightlyRun(JobOperator jobOperator, JobRepository jobRepository, Job nightlyRetentionJob,
            ActionLog actionLog, RunReports reports, RuleBooks ruleBooks, RunLock runLock, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyRetentionJob = nightlyRetentionJob;
        this.actionLog = actionLog;
        this.reports = reports;
        this.ruleBooks = ruleBooks;
        this.runLock = runLock;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs the night of {@code runDate} unless it already completed. */
    public NightlyRunResult run(LocalDate runDate) {
        return run(runDate, false);
    }

    /**
     * Runs the night of {@code runDate}; with {@code force}, runs it again even if it completed, replacing the date's
     * actions and its messages not yet sent.
     *
     * @throws RunAlreadyRunningException when another run of the date is going on
     */
    public NightlyRunResult run(LocalDate runDate, boolean force) {
        // Compile the live rule book before anything starts, so that a broken file fails here, with its line.
        ruleBooks.live();
        try (RunLock.Held lock = runLock.tryAcquire(runDate)
                .orElseThrow(() -> new RunAlreadyRunningException(runDate, runLock.holder(runDate)))) {
            JobExecution last = lastExecution(runDate);
            if (last != null && UNFINISHED.contains(last.getStatus())) {
                // We hold the date's lock, so the process that left this execution running is gone (killed).
                last = jobOperator.recover(last);
            }
            if (last != null && last.getStatus() == BatchStatus.COMPLETED && !force) {
                return result(runDate, RunOutcome.ALREADY_COMPLETED, last, null);
            }
            JobParameters parameters = last == null || force ? parameters(runDate, force) : last.getJobParameters();
            if (force && last != null) {
                clear(runDate);
            }
            JobExecution execution = start(parameters);
            // The job's end time is taken before its listeners run; the run report is written after it.
            LocalDateTime returned = LocalDateTime.now();
            RunOutcome outcome = execution.getStatus() == BatchStatus.COMPLETED ? RunOutcome.COMPLETED : RunOutcome.FAILED;
            return result(runDate, outcome, execution, returned);
        }
    }

    /** Runs every date from {@code from} to {@code to}, in order, stopping at the first that fails. */
    public List<NightlyRunResult> runRange(LocalDate from, LocalDate to, boolean force) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        List<NightlyRunResult> results = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            NightlyRunResult result = run(date, force);
            results.add(result);
            if (result.outcome() == RunOutcome.FAILED) {
                break;
            }
        }
        return results;
    }

    private JobExecution start(JobParameters parameters) {
        try {
            return jobOperator.start(nightlyRetentionJob, parameters);
        }
        catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
        catch (org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
                | org.springframework.batch.core.launch.JobRestartException
                | org.springframework.batch.core.job.parameters.InvalidJobParametersException ex) {
            throw new IllegalStateException("cannot start the nightly run: " + ex.getMessage(), ex);
        }
    }

    /**
     * A forced re-run starts from a clean date: its actions and the messages never attempted go; messages sent or
     * attempted stay on record, and the contact policy sees them when the new plan is made. Public for the benchmark,
     * which clears a date before it times a run of it.
     */
    public void clear(LocalDate runDate) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM outbox WHERE run_date = ? AND attempts = 0 AND status IN ('PENDING', 'SUPPRESSED', "
                    + "'EXPIRED')").param(runDate).update();
            jdbc.sql("DELETE FROM action_outcome WHERE run_date = ?").param(runDate).update();
            jdbc.sql("DELETE FROM retention_action WHERE run_date = ?").param(runDate).update();
        });
    }

    private JobExecution lastExecution(LocalDate runDate) {
        Long id = jdbc.sql("SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                + "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                + "WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = ? AND p.PARAMETER_VALUE = ?")
                .params(NightlyRetentionJobConfiguration.JOB_NAME, RunDateParameter.NAME, runDate.toString())
                .query(Long.class).optional().orElse(null);
        return id == null ? null : jobRepository.getJobExecution(id);
    }

    private JobParameters parameters(LocalDate runDate, boolean force) {
        JobParametersBuilder builder = new JobParametersBuilder().addLocalDate(RunDateParameter.NAME, runDate);
        if (force) {
            long reruns = jdbc.sql("SELECT COUNT(DISTINCT e.JOB_INSTANCE_ID) FROM BATCH_JOB_EXECUTION e "
                    + "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                    + "WHERE p.PARAMETER_NAME = ? AND p.PARAMETER_VALUE = ?")
                    .params(RunDateParameter.NAME, runDate.toString()).query(Long.class).single();
            builder.addLong("rerun", reruns);
        }
        return builder.toJobParameters();
    }

    /**
     * @param returned when the launch returned, with the run report written, or null for an execution run earlier:
     *        the report's time then counts as a step of its own and in the whole run's
     */
    private NightlyRunResult result(LocalDate runDate, RunOutcome outcome, JobExecution execution,
            LocalDateTime returned) {
        Map<String, Duration> steps = new LinkedHashMap<>();
        long evaluated = 0;
        long planned = 0;
        long skipped = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (!step.getStepName().contains(":")) {
                steps.put(step.getStepName(), between(step.getStartTime(), step.getEndTime()));
            }
            if (step.getStepName().startsWith("evaluateRulesWorkerStep")) {
                evaluated += step.getReadCount();
            }
            if (step.getStepName().equals("planDispatchStep")) {
                planned = step.getWriteCount();
            }
            if (step.getStepName().equals("checkDataStep")) {
                skipped = step.getWriteCount();
            }
        }
        LocalDateTime end = execution.getEndTime();
        if (returned != null && end != null && returned.isAfter(end)) {
            steps.put(REPORT_STEP, between(end, returned));
            end = returned;
        }
        Object versionId = execution.getExecutionContext().get(RuleBookPinning.VERSION_KEY);
        String version = versionId == null ? "?" : ruleBooks.version(((Number) versionId).longValue()).version().label();
        String failure = execution.getAllFailureExceptions().stream().map(t -> t.getMessage() == null
                ? t.getClass().getSimpleName() : t.getMessage()).distinct().collect(Collectors.joining("; "));
        return new NightlyRunResult(runDate, outcome, execution.getId(), evaluated, planned, skipped,
                execution.getJobParameters().getLong("rerun") != null, actionCounts(runDate, execution), version,
                between(execution.getStartTime(), end), steps, failure.isEmpty() ? null : failure);
    }

    /** From the execution's stored report, which has them grouped already; from the action log without one. */
    private List<ActionCount> actionCounts(LocalDate runDate, JobExecution execution) {
        return reports.find(execution.getId()).map(RunReport::actionCounts)
                .orElseGet(() -> actionLog.countsFor(runDate));
    }

    private static Duration between(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
    }
}
