package retention.app.api.run;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import retention.app.api.Conflict;
import retention.app.api.NotFound;
import retention.batch.nightly.NightlyRun;
import retention.batch.nightly.NightlyRunResult;

/**
 * Starts nightly runs for the API in the background, one at a time: a run takes minutes, the request answers at
 * once. A completed night is not run again (forced re-runs come with the run report of issue 5).
 */
@Component
class RunLauncher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);
    private static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");

    private final NightlyRun nightlyRun;
    private final Runs runs;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "api-run");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<LocalDate> inFlight = ConcurrentHashMap.newKeySet();

    RunLauncher(NightlyRun nightlyRun, Runs runs) {
        this.nightlyRun = nightlyRun;
        this.runs = runs;
    }

    /** Starts the night of a date, or resumes it when its last execution failed. */
    void start(LocalDate runDate) {
        runs.list(runDate, 1).stream().findFirst().ifPresent(last -> {
            if ("COMPLETED".equals(last.status())) {
                throw new Conflict("the night of " + runDate + " already completed (execution " + last.executionId()
                        + "); it is not run again");
            }
            if (!RESTARTABLE.contains(last.status())) {
                throw new Conflict("the night of " + runDate + " is " + last.status() + " (execution "
                        + last.executionId() + ")");
            }
        });
        submit(runDate);
    }

    /** Restarts a failed or stopped execution; it resumes from its last committed chunk. */
    LocalDate restart(long executionId) {
        Run run = runs.find(executionId).orElseThrow(() -> new NotFound("no run execution " + executionId));
        if (!RESTARTABLE.contains(run.status())) {
            throw new Conflict("execution " + executionId + " is " + run.status() + "; only FAILED or STOPPED runs "
                    + "restart");
        }
        submit(run.runDate());
        return run.runDate();
    }

    private void submit(LocalDate runDate) {
        if (!inFlight.add(runDate)) {
            throw new Conflict("the night of " + runDate + " is already being started");
        }
        executor.submit(() -> {
            try {
                NightlyRunResult result = nightlyRun.run(runDate);
                log.info("Nightly run for {} started through the API: {}", runDate, result.outcome());
            }
            catch (RuntimeException ex) {
                log.error("Nightly run for {} started through the API failed", runDate, ex);
            }
            finally {
                inFlight.remove(runDate);
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
