package retention.batch.report;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The actions each evaluation step counted as it wrote them, kept until the run report takes them. The report uses
 * them only when they cover the date's actions exactly: every evaluation step of the execution completed and
 * counted, and no earlier execution of the night left actions of its own (a restart after a failure or a kill).
 * Otherwise it groups the action log, which is always right, in about 4 s for a million customers instead of none.
 */
@Component
public class ActionTallies {

    private final Map<Long, Map<String, ActionTally>> completed = new ConcurrentHashMap<>();

    /** A tally for an evaluation step to count into. */
    public ActionTally open() {
        return new ActionTally();
    }

    /** Keeps the tally of an evaluation step that completed, everything it counted committed. */
    public void completed(StepExecution step, ActionTally tally) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            completed.computeIfAbsent(step.getJobExecutionId(), id -> new ConcurrentHashMap<>())
                    .put(step.getStepName(), tally);
        }
    }

    /**
     * Takes the execution's tallies, summed, when they count all of the date's actions.
     *
     * @param firstExecution whether no earlier execution of the same night (job instance) exists
     */
    Optional<ActionTally> take(JobExecution execution, String workerStepPrefix, boolean firstExecution) {
        Map<String, ActionTally> tallies = completed.remove(execution.getId());
        if (tallies == null || !firstExecution) {
            return Optional.empty();
        }
        ActionTally sum = new ActionTally();
        int workers = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().startsWith(workerStepPrefix)) {
                ActionTally tally = tallies.get(step.getStepName());
                if (tally == null || step.getStatus() != BatchStatus.COMPLETED) {
                    return Optional.empty();
                }
                sum.addAll(tally);
                workers++;
            }
        }
        return workers == tallies.size() ? Optional.of(sum) : Optional.empty();
    }
}
