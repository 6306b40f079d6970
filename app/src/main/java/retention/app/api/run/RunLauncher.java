package retention.app.api.run;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import retention.app.api.Conflict;
import retention.app.api.NotFound;
import retention.batch.nightly.NightlyRun;
import retention.batch.nightly.NightlyRunResult;
import retention.batch.nightly.RunLock;

/**
 * Starts nightly runs for the API in the background, one at a time: a run takes minutes, the request answers at
 * once. A completed night is run again only when forced, which replaces its actions.
 */
@Component
class RunLauncher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);
    private final NightlyRun nightlyRun;
    private final Runs runs;
    private final RunLock runLock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "api-run");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<LocalDate, Launch> inFlight = new ConcurrentHashMap<>();

    RunLauncher(NightlyRun nightlyRun, Runs runs, RunLock runLock) {
        this.nightlyRun = nightlyRun;
        this.runs = runs;
        this.runLock = runLock;
    }

    /**
     * Starts the night of a date, or resumes it when its last execution failed or its process died; with
     * {@code force}, runs a completed night again, replacing its actions.
     */
    void start(LocalDate runDate, boolean force) {
        awaitEnded(runDate);
        notRunning(runDate);
        runs.list(runDate, 1).stream().findFirst().ifPresent(last -> {
            if ("COMPLETED".equals(last.status()) && !force) {
                throw new Conflict("the night of " + runDate + " already completed (execution " + last.executionId()
                        + "); send \"force\": true to run it again, replacing its actions");
            }
        });
        submit(runDate, force);
    }

    /** Restarts a failed, stopped or abandoned execution; it resumes from its last committed chunk. */
    LocalDate restart(long executionId) {
        Run run = runs.find(executionId).orElseThrow(() -> new NotFound("no run execution " + executionId));
        if ("COMPLETED".equals(run.status())) {
            throw new Conflict("execution " + executionId + " completed; a completed night is re-run with "
                    + "POST /api/v1/runs and \"force\": true");
        }
        awaitEnded(run.runDate());
        notRunning(run.runDate());
        submit(run.runDate(), false);
        return run.runDate();
    }

    /**
     * A run of the date started here whose execution has ended is only letting go of its lock, a moment after the
     * runs list shows it ended; an integrator who saw it end and starts the date again must not be told it is
     * running. A run still going on is left alone: the lock probe refuses the request.
     */
    private void awaitEnded(LocalDate runDate) {
        Launch launched = inFlight.get(runDate);
        if (launched == null || launched.ended().isDone()) {
            return;
        }
        boolean ended = runs.list(runDate, 1).stream().findFirst()
                .map(last -> last.executionId() != launched.previousExecution() && last.endTime() != null)
                .orElse(false);
        if (!ended) {
            return;
        }
        try {
            launched.ended().get(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException | TimeoutException ex) {
            // The lock probe below answers for it.
        }
    }

    /** A run whose process still holds the date's lock is running; one whose process died is not. */
    private void notRunning(LocalDate runDate) {
        try (RunLock.Held held = runLock.tryAcquire(runDate).orElseThrow(() -> new Conflict(
                "the night of " + runDate + " is running (" + runLock.holder(runDate) + ")"))) {
            // Only a probe: the run takes the lock again when it starts.
        }
    }

    private void submit(LocalDate runDate, boolean force) {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        long previousExecution = runs.list(runDate, 1).stream().findFirst().map(Run::executionId).orElse(-1L);
        if (inFlight.putIfAbsent(runDate, new Launch(ended, previousExecution)) != null) {
            throw new Conflict("the night of " + runDate + " is already being started");
        }
        executor.submit(() -> {
            try {
                NightlyRunResult result = nightlyRun.run(runDate, force);
                log.info("Nightly run for {} started through the API: {}", runDate, result.outcome());
            }
            catch (RuntimeException ex) {
                log.error("Nightly run for {} started through the API failed", runDate, ex);
            }
            finally {
                inFlight.remove(runDate);
                ended.complete(null);
            }
        });
    }

    /** A run started here: done when its thread has let go of the lock; the date's last execution before it. */
    private record Launch(CompletableFuture<Void> ended, long previousExecution) {
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
