package retention.app.bench;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the benchmark command needs around its timed runs: the switch to the hand-written evaluator, a description
 * of the machine to print with every figure, and a wait for InnoDB's purge between runs.
 */
public final class Benchmarks {

    /** Set to {@code true} to run the nightly job with {@link HandwrittenRuleBook} instead of the rule engine. */
    public static final String HANDWRITTEN_PROPERTY = "retention.bench.handwritten";

    /**
     * InnoDB's history list counts transactions, not rows: one DELETE of two million rows is one entry. Purge is done
     * when the list is back to the few entries that ordinary bookkeeping keeps in it.
     */
    private static final long SETTLED_HISTORY = 50;

    private Benchmarks() {
    }

    /** Cores, heap, Java and the database settings that decide the figures. */
    public static String machine(JdbcClient jdbc) {
        Runtime runtime = Runtime.getRuntime();
        String database = jdbc.sql("SELECT CONCAT(VERSION(), ', innodb_buffer_pool_size ', "
                + "@@innodb_buffer_pool_size DIV 1048576, ' MiB, innodb_log_file_size ', "
                + "@@innodb_log_file_size DIV 1048576, ' MiB')").query(String.class).single();
        return String.format("%d cores, JVM max heap %,d MiB, Java %s; database %s", runtime.availableProcessors(),
                runtime.maxMemory() / 1_048_576, Runtime.version(), database);
    }

    /**
     * Waits for InnoDB to purge what a replaced night left behind. Clearing a night deletes a million or more rows;
     * InnoDB removes them in the background afterwards, and a run timed while that goes on would pay for the
     * previous one. Gives up after {@code limit}: a busy server may never settle.
     *
     * @return how long it waited
     */
    public static Duration awaitPurge(JdbcClient jdbc, Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        while (historyLength(jdbc) > SETTLED_HISTORY && System.nanoTime() - started < limit.toNanos()) {
            Thread.sleep(500);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static long historyLength(JdbcClient jdbc) {
        try {
            return jdbc.sql("SELECT COUNT FROM information_schema.INNODB_METRICS WHERE NAME = 'trx_rseg_history_len'")
                    .query(Long.class).optional().orElse(0L);
        }
        catch (RuntimeException notInnoDb) {
            return 0;
        }
    }
}
