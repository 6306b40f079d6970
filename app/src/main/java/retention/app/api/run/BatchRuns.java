package retention.app.api.run;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.batch.nightly.NightlyRetentionJobConfiguration;
import retention.batch.report.RunReport;
import retention.batch.report.RunReports;

/**
 * Runs read from Spring Batch's job repository, one per execution of the nightly job, each with the report the run
 * stored when it ended.
 */
@Component
class BatchRuns implements Runs {

    static final String RUN_DATE = "runDate";
    private static final String VERSION_KEY = "ruleBookVersionId";

    private final JobRepository jobs;
    private final JdbcClient jdbc;
    private final RunReports reports;

    BatchRuns(JobRepository jobs, JdbcClient jdbc, RunReports reports) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.reports = reports;
    }

    @Override
    public List<Run> list(LocalDate runDate, int limit) {
        // A night can have several job instances (a forced re-run is a new one), so executions are found by their
        // runDate parameter rather than by instance.
        String sql = "SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                + (runDate == null ? "WHERE i.JOB_NAME = ? "
                        : "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                                + "WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = 'runDate' AND p.PARAMETER_VALUE = ? ")
                + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?";
        List<Object> parameters = new ArrayList<>(List.of(NightlyRetentionJobConfiguration.JOB_NAME));
        if (runDate != null) {
            parameters.add(runDate.toString());
        }
        parameters.add(limit);
        return jdbc.sql(sql).params(parameters).query(Long.class).list().stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Run> find(long executionId) {
        JobExecution execution;
        try {
            execution = jobs.getJobExecution(executionId);
        }
        catch (EmptyResultDataAccessException ex) {
            // Spring Batch 6 throws instead of returning null for an unknown execution id.
            return Optional.empty();
        }
        if (execution == null
                || !NightlyRetentionJobConfiguration.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
            return Optional.empty();
        }
        return Optional.of(map(execution, reports.find(executionId).map(BatchRuns::report).orElse(null)));
    }

    private static Run.Report report(RunReport r) {
        return new Run.Report(r.forced(), r.customersEvaluated(), r.actions(), r.messagesPlanned(), r.rowsSkipped(),
                r.counts().stream().map(c -> new Run.Count(c.section(), c.name(), c.detail(), c.count())).toList());
    }

    static Run map(JobExecution execution, Run.Report report) {
        List<Run.RunStep> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(BatchRuns::step).toList();
        Object version = execution.getExecutionContext().get(VERSION_KEY);
        String failure = execution.getAllFailureExceptions().stream().map(Throwable::getMessage)
                .collect(Collectors.joining("; "));
        return new Run(execution.getId(), execution.getJobParameters().getLocalDate(RUN_DATE),
                execution.getStatus().name(), execution.getExitStatus().getExitCode(), execution.getStartTime(),
                execution.getEndTime(), seconds(execution.getStartTime(), execution.getEndTime()),
                version == null ? null : ((Number) version).longValue(), steps, failure.isEmpty() ? null : failure,
                report);
    }

    private static Run.RunStep step(StepExecution step) {
        return new Run.RunStep(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
                step.getSkipCount(), step.getCommitCount(), seconds(step.getStartTime(), step.getEndTime()));
    }

    private static Double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? null : Duration.between(start, end).toMillis() / 1000.0;
    }
}
