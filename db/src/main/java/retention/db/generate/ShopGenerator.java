package retention.db.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

/**
 * Generates a believable, deterministic shop (customers, orders, interactions, site visits, contacts, rivals'
 * campaigns) with a planted stage and churn causes per customer, written to planted_truth so detection can be scored.
 */
public final class ShopGenerator {

    /** Customers a worker claims at a time: small enough to balance two workers, large enough to fill batches. */
    private static final int CHUNK = 500;
    private static final int BATCH_SIZE = 2_000;
    /** Below this a second worker costs more in connections than it saves. */
    private static final int PARALLEL_FROM = 20_000;

    private final DataSource dataSource;
    private final int workers;
    private final int parallelFrom;

    /** A generator using two workers for large shops. */
    public ShopGenerator(DataSource dataSource) {
        this(dataSource, 2);
    }

    /** A generator using up to the given number of workers (connections), each on its own customer id ranges. */
    public ShopGenerator(DataSource dataSource, int workers) {
        this(dataSource, workers, PARALLEL_FROM);
    }

    /** As above, with the shop size from which more than one worker is used (tests use 0). */
    ShopGenerator(DataSource dataSource, int workers, int parallelFrom) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.workers = workers;
        this.parallelFrom = parallelFrom;
    }

    /**
     * Generates the shop of the settings.
     *
     * @param settings what to generate
     * @param progress receives a line about every 10% of the customers; may be null
     * @return what was written
     * @throws IllegalStateException when the shop already holds customers and settings do not say replace, or when
     *         the database refuses a write
     */
    public GenerationReport generate(GeneratorSettings settings, Consumer<String> progress) {
        long start = System.nanoTime();
        Progress tracker = new Progress(progress == null ? line -> { } : progress, settings.customers());
        Timeline timeline = new Timeline(settings.asOf());
        List<Campaign> campaigns = MarketEvents.plan(settings.seed());
        prepare(settings, timeline, campaigns, tracker);
        BadRows badRows = new BadRows(settings.seed(), settings.badRowShare(), settings.customers(), timeline);
        HistorySynthesizer synthesizer = new HistorySynthesizer(settings.seed(), timeline, campaigns, badRows);
        Tally tally = run(settings, synthesizer, tracker);
        return tally.report((System.nanoTime() - start) / 1_000_000);
    }

    private void prepare(GeneratorSettings settings, Timeline timeline, List<Campaign> campaigns, Progress tracker) {
        try (Connection connection = dataSource.getConnection()) {
            long existing = ShopTables.customers(connection);
            if (existing > 0 && !settings.replace()) {
                throw new IllegalStateException("the database already holds " + existing
                        + " customers; use --replace to generate a new shop over them");
            }
            if (settings.replace()) {
                ShopTables.clear(connection);
                tracker.say("emptied " + String.join(", ", ShopTables.TABLES));
            }
            connection.setAutoCommit(true);
            MarketEvents.insert(connection, timeline, campaigns);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("cannot prepare the shop tables: " + ex.getMessage(), ex);
        }
    }

    private Tally run(GeneratorSettings settings, HistorySynthesizer synthesizer, Progress tracker) {
        int threads = settings.customers() >= parallelFrom ? workers : 1;
        AtomicLong nextId = new AtomicLong(1);
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Tally>> futures = new ArrayList<>(threads);
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> work(settings, synthesizer, tracker, nextId, failed)));
            }
            Tally total = new Tally();
            for (Future<Tally> future : futures) {
                total.add(outcome(future, failed));
            }
            return total;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private Tally work(GeneratorSettings settings, HistorySynthesizer synthesizer, Progress tracker, AtomicLong nextId,
            AtomicBoolean failed) throws SQLException {
        Tally tally = new Tally();
        try (BatchWriter writer = new BatchWriter(dataSource.getConnection(), BATCH_SIZE, settings.asOf())) {
            long first;
            while (!failed.get() && (first = nextId.getAndAdd(CHUNK)) <= settings.customers()) {
                long last = Math.min(settings.customers(), first + CHUNK - 1);
                long rows = 0;
                for (long id = first; id <= last; id++) {
                    CustomerHistory history = synthesizer.synthesize(id);
                    writer.write(history);
                    tally.count(history);
                    rows += history.rows();
                }
                tracker.done(last - first + 1, rows);
            }
            writer.flush();
        }
        return tally;
    }

    private static Tally outcome(Future<Tally> future, AtomicBoolean failed) {
        try {
            return future.get();
        }
        catch (ExecutionException ex) {
            failed.set(true);
            Throwable cause = ex.getCause();
            throw new IllegalStateException("generating the shop failed: " + cause.getMessage(), cause);
        }
        catch (InterruptedException ex) {
            failed.set(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating the shop", ex);
        }
    }
}
