package retention.batch.nightly;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import retention.batch.rulebook.RuleBooks;
import retention.db.action.ActionLog;

/**
 * Runs the nightly job for a date, once: a date that completed is reported, not run again; a date that failed
 * is resumed from its last committed chunk.
 */
@Component
public class NightlyRun {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyRetentionJob;
    private final ActionLog actionLog;
    private final RuleBooks ruleBooks;

    public NightlyRun(JobOperator jobOperator, JobRepository jobRepository, Job nightlyRetentionJob,
            ActionLog actionLog, RuleBooks ruleBooks) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyRetentionJob = nightlyRetentionJob;
        this.actionLog = actionLog;
        this.ruleBooks = ruleBooks;
    }

    /** Runs the night of {@code runDate} unless it already completed. */
    public NightlyRunResult run(LocalDate runDate) {
        JobParameters parameters = parameters(runDate);
        JobExecution last = jobRepository.getLastJobExecution(NightlyRetentionJobConfiguration.JOB_NAME, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return result(runDate, RunOutcome.ALREADY_COMPLETED, last);
        }
        // Compile the live rule book before the job starts so a broken file fails here, with its line, and not
        // as a failed execution that a restart would have to clean up.
        ruleBooks.live();
        try {
            JobExecution execution = jobOperator.start(nightlyRetentionJob, parameters);
            RunOutcome outcome = execution.getStatus() == BatchStatus.COMPLETED ? RunOutcome.COMPLETED : RunOutcome.FAILED;
            return result(runDate, outcome, execution);
        }
        catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException ex) {
            throw new IllegalStateException("the nightly run for " + runDate + " is already running", ex);
        }
        catch (org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException ex) {
            return result(runDate, RunOutcome.ALREADY_COMPLETED,
                    jobRepository.getLastJobExecution(NightlyRetentionJobConfiguration.JOB_NAME, parameters));
        }
        catch (org.springframework.batch.core.launch.JobRestartException
                | org.springframework.batch.core.job.parameters.InvalidJobParametersException ex) {
            throw new IllegalStateException("cannot start the nightly run for " + runDate + ": " + ex.getMessage(), ex);
        }
    }

    static JobParameters parameters(LocalDate runDate) {
        return new JobParametersBuilder().addLocalDate(RunDateParameter.NAME, runDate).toJobParameters();
    }

    private NightlyRunResult result(LocalDate runDate, RunOutcome outcome, JobExecution execution) {
        Map<String, Duration> steps = new LinkedHashMap<>();
        long evaluated = 0;
        long planned = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            steps.put(step.getStepName(), between(step.getStartTime(), step.getEndTime()));
            if (step.getStepName().equals("evaluateRulesStep")) {
                evaluated = step.getReadCount();
            }
            if (step.getStepName().equals("planDispatchStep")) {
                planned = step.getWriteCount();
            }
        }
        Object versionId = execution.getExecutionContext().get(RuleBookPinning.VERSION_KEY);
        String version = versionId == null ? "?" : ruleBooks.version(((Number) versionId).longValue()).version().label();
        String failure = execution.getAllFailureExceptions().stream().map(Throwable::getMessage)
                .collect(Collectors.joining("; "));
        return new NightlyRunResult(runDate, outcome, execution.getId(), evaluated, planned,
                actionLog.countsFor(runDate), version, between(execution.getStartTime(), execution.getEndTime()),
                steps, failure.isEmpty() ? null : failure);
    }

    private static Duration between(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
    }
}
