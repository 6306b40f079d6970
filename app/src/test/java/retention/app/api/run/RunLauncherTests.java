package retention.app.api.run;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import retention.batch.nightly.NightlyRun;
import retention.batch.nightly.NightlyRunResult;
import retention.batch.nightly.RunLock;

/**
 * The moment between a run's execution ending (the runs list shows it COMPLETED) and its thread letting go of the
 * date's lock: an integrator who starts the date again in that moment is not told it is running.
 */
class RunLauncherTests {

    private static final LocalDate NIGHT = LocalDate.of(2026, 1, 14);

    private final AtomicBoolean lockHeld = new AtomicBoolean();
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch letGo = new CountDownLatch(1);
    private RunLauncher launcher;

    @AfterEach
    void stop() {
        letGo.countDown();
        launcher.destroy();
    }

    @Test
    void aForcedStartRightAfterTheRunEndedWaitsForItsLockInsteadOfRefusing() throws Exception {
        NightlyRun nightlyRun = mock(NightlyRun.class);
        when(nightlyRun.run(any(), anyBoolean())).thenAnswer(invocation -> {
            lockHeld.set(true);
            running.countDown();
            // The execution has ended and is stored; only the lock is still held, until the request looks.
            letGo.await(1, TimeUnit.MINUTES);
            lockHeld.set(false);
            return mock(NightlyRunResult.class);
        });
        RunLock runLock = mock(RunLock.class);
        when(runLock.tryAcquire(NIGHT)).thenAnswer(invocation -> lockHeld.get() ? Optional.empty()
                : Optional.of(mock(RunLock.Held.class)));
        when(runLock.holder(NIGHT)).thenReturn("process 1 on test");
        launcher = new RunLauncher(nightlyRun, new EndsAfterTwoLookups(), runLock);

        launcher.start(NIGHT, false);
        running.await(1, TimeUnit.MINUTES);

        assertThatNoException().isThrownBy(() -> launcher.start(NIGHT, true));
    }

    /** No execution before the first start; afterwards one that has ended, and looking at it lets the run go. */
    private final class EndsAfterTwoLookups implements Runs {

        private final AtomicInteger lookups = new AtomicInteger();

        @Override
        public List<Run> list(LocalDate runDate, int limit) {
            if (lookups.incrementAndGet() <= 2) {
                return List.of();
            }
            letGo.countDown();
            LocalDateTime start = LocalDateTime.of(2026, 1, 14, 1, 0);
            return List.of(new Run(1, runDate, "COMPLETED", "COMPLETED", start, start.plusMinutes(4), 240.0, 1L,
                    List.of(), null, null));
        }

        @Override
        public Optional<Run> find(long executionId) {
            return Optional.empty();
        }
    }
}
