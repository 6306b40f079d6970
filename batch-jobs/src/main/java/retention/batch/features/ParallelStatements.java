package retention.batch.features;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs independent set-based statements side by side, each on its own connection and in its own read-committed
 * transaction. One statement keeps one database core busy; the features of a million customers need several such
 * passes over different tables, and the machine has more than one core.
 */
@Component
public class ParallelStatements {

    private final TransactionTemplate transactions;
    private final int threads;

    public ParallelStatements(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** How many tasks run at once: one per core. */
    public int threads() {
        return threads;
    }

    /** Runs one task in its own committed transaction and returns its result. */
    public <T> T call(java.util.function.Supplier<T> task) {
        return transactions.execute(status -> task.get());
    }

    /** A task over the ids from {@code from} to {@code to}, both included. */
    @FunctionalInterface
    public interface RangeTask {
        void run(long from, long to);
    }

    /**
     * Splits the ids from {@code min} to {@code max} into {@code parts} contiguous ranges and runs the task on each,
     * side by side like {@link #runAll}.
     */
    public void runInRanges(long min, long max, int parts, RangeTask task) {
        List<Runnable> ranges = new ArrayList<>(parts);
        long span = max - min + 1;
        for (int i = 0; i < parts; i++) {
            long from = min + span * i / parts;
            long to = min + span * (i + 1) / parts - 1;
            if (from <= to) {
                ranges.add(() -> task.run(from, to));
            }
        }
        runAll(ranges);
    }

    /** Runs every task and returns when all are done; the first failure is rethrown after the others finish. */
    public void runAll(List<Runnable> tasks) {
        if (tasks.size() <= 1 || threads == 1) {
            tasks.forEach(task -> transactions.executeWithoutResult(status -> task.run()));
            return;
        }
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), runnable -> {
            Thread thread = new Thread(runnable, "parallel-sql");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            tasks.forEach(task -> running.add(executor.submit(() -> transactions.executeWithoutResult(s -> task.run()))));
            RuntimeException failure = null;
            for (Future<?> future : running) {
                try {
                    future.get();
                }
                catch (ExecutionException ex) {
                    failure = failure != null ? failure : ex.getCause() instanceof RuntimeException runtime ? runtime
                            : new CompletionException(ex.getCause());
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for parallel statements", ex);
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
        finally {
            executor.shutdownNow();
        }
    }
}
