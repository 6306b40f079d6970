package retention.batch.nightly;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Feeds {@link RunProgress} from the job's steps: which step starts, and the population the rules will see.
 */
class RunProgressListener implements StepExecutionListener {

    private final RunProgress progress;
    private final JdbcClient jdbc;

    RunProgressListener(RunProgress progress, JdbcClient jdbc) {
        this.progress = progress;
        this.jdbc = jdbc;
    }

    @Override
    public void beforeStep(StepExecution step) {
        var runDate = RunDateParameter.of(step);
        progress.stepStarted(runDate, step.getStepName());
        if (step.getStepName().equals("evaluateRulesStep")) {
            long customers = jdbc.sql("SELECT COUNT(*) FROM customer_feature WHERE run_date = ?").param(runDate)
                    .query(Long.class).single();
            progress.evaluationStarted(runDate, customers);
        }
    }
}
