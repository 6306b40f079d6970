package retention.batch.measure;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Starts the attribution job for a date. Every launch is a new job instance: attributing a date again is allowed
 * and, with the same orders, writes the same rows.
 */
@Component
public class AttributionRun {

    private final JobOperator jobOperator;
    private final Job attributionJob;
    private final Clock clock;

    public AttributionRun(JobOperator jobOperator, Job attributionJob, Clock clock) {
        this.jobOperator = jobOperator;
        this.attributionJob = attributionJob;
        this.clock = clock;
    }

    /**
     * Attributes as of the end of {@code asOf}.
     *
     * @return the number of actions attributed
     * @throws IllegalStateException when the job fails, with its reason
     */
    public long run(LocalDate asOf) {
        JobExecution execution;
        try {
            execution = jobOperator.start(attributionJob, new JobParametersBuilder()
                    .addLocalDate(AttributionJobConfiguration.AS_OF, asOf)
                    .addLong("launchedAt", clock.millis())
                    .toJobParameters());
        }
        catch (Exception ex) {
            throw new IllegalStateException("cannot start the attribution of " + asOf + ": " + ex.getMessage(), ex);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("the attribution of " + asOf + " failed: " + execution
                    .getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst().orElse("unknown"));
        }
        return execution.getStepExecutions().stream().mapToLong(s -> s.getWriteCount()).sum();
    }
}
