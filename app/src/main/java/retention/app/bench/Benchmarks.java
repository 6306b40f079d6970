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
     * previous one. The history list does not show it (one DELETE of two million rows is one entry); the purge state
     * in the engine status does: "running" while there is work, "running but idle" when done. Gives up after
     * {@code limit}, and does not wait at all where the status cannot be read (no PROCESS privilege).
     *
     * @return how long it waited
     */
    public static Duration awaitPurge(JdbcClient jdbc, Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        while (purging(jdbc) && System.nanoTime() - started < limit.toNanos()) {
            Thread.sleep(500);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static boolean purging(JdbcClient jdbc) {
        try {
            String status = jdbc.sql("SHOW ENGINE INNODB STATUS").query((rs, n) -> rs.getString("Status")).single();
            return status.lines().anyMatch(line -> line.startsWith("Purge done") && line.endsWith("state: running"));
        }
        catch (RuntimeException unreadable) {
            return false;
        }
    }
}
