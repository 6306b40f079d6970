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
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

import retention.batch.nightly.NightlyRetentionJobConfiguration;

/**
 * Run reports read from Spring Batch's job repository: one per execution of the nightly job.
 */
@Component
class BatchRuns implements Runs {

    static final String RUN_DATE = "runDate";
    private static final String VERSION_KEY = "ruleBookVersionId";

    private final JobRepository jobs;

    BatchRuns(JobRepository jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<Run> list(LocalDate runDate, int limit) {
        // One instance per night (the run date is the only identifying parameter), newest first; a page of instances
        // covers at least a page of executions.
        List<JobInstance> instances;
        if (runDate == null) {
            instances = jobs.getJobInstances(NightlyRetentionJobConfiguration.JOB_NAME, 0, limit);
        }
        else {
            JobInstance night = jobs.getJobInstance(NightlyRetentionJobConfiguration.JOB_NAME,
                    new JobParametersBuilder().addLocalDate(RUN_DATE, runDate).toJobParameters());
            instances = night == null ? List.of() : List.of(night);
        }
        List<Run> runs = new ArrayList<>();
        for (JobInstance instance : instances) {
            jobs.getJobExecutions(instance).forEach(execution -> runs.add(map(execution)));
        }
        runs.sort(Comparator.comparingLong(Run::executionId).reversed());
        return runs.size() > limit ? List.copyOf(runs.subList(0, limit)) : runs;
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
        return Optional.of(map(execution));
    }

    static Run map(JobExecution execution) {
        List<Run.RunStep> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(BatchRuns::step).toList();
        Object version = execution.getExecutionContext().get(VERSION_KEY);
        String failure = execution.getAllFailureExceptions().stream().map(Throwable::getMessage)
                .collect(Collectors.joining("; "));
        return new Run(execution.getId(), execution.getJobParameters().getLocalDate(RUN_DATE),
                execution.getStatus().name(), execution.getExitStatus().getExitCode(), execution.getStartTime(),
                execution.getEndTime(), seconds(execution.getStartTime(), execution.getEndTime()),
                version == null ? null : ((Number) version).longValue(), steps, failure.isEmpty() ? null : failure);
    }

    private static Run.RunStep step(StepExecution step) {
        return new Run.RunStep(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
                step.getSkipCount(), step.getCommitCount(), seconds(step.getStartTime(), step.getEndTime()));
    }

    private static Double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? null : Duration.between(start, end).toMillis() / 1000.0;
    }
}
