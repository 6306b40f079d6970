package retention.batch.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes the customer facts of a run date into {@code customer_feature} and {@code customer_cause}, replacing any
 * earlier snapshot of that date. Set-based throughout: one ordered pass per source table into a per-customer
 * aggregate, the customer-value models fitted on them, one statement joining it all by key into the facts, one
 * statement per churn cause. No per-customer round trip. Independent passes run side by side on their own connections,
 * read committed, because under MySQL's default repeatable read an {@code INSERT ... SELECT} locks every row it reads:
 * eleven million order rows, for nothing.
 */
@Component
@EnableConfigurationProperties(ScratchTableProperties.class)
public class FeatureSnapshot {

    private static final String STATS_ORDERS = SqlResource.read("stats/orders.sql");
    private static final List<String> STATS = List.of("interactions", "contacts", "visits").stream()
            .map(name -> SqlResource.read("stats/" + name + ".sql")).toList();
    private static final String SNAPSHOT_CUSTOMERS = SqlResource.read("snapshot-customers.sql");

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final FeatureProperties properties;
    private final CauseProperties causeProperties;
    private final ParallelStatements parallel;
    private final ChurnCauses causes;
    private final CustomerValueEstimates values;
    private final ScratchTableProperties scratch;

    public FeatureSnapshot(JdbcTemplate jdbcTemplate, FeatureProperties properties, CauseProperties causeProperties,
            ParallelStatements parallel, ChurnCauses causes, CustomerValueEstimates values,
            ScratchTableProperties scratch) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.properties = properties;
        this.causeProperties = causeProperties;
        this.parallel = parallel;
        this.causes = causes;
        this.values = values;
        this.scratch = scratch;
    }

    /**
     * Computes the snapshot of one run date. Each phase commits on its own, so that the next can read it from other
     * connections in parallel; a crash in between leaves rows that the next attempt deletes first.
     *
     * @return the number of customers in the snapshot
     */
    public int compute(LocalDate date) {
        RunDate run = new RunDate(date, properties);
        Map<String, Object> parameters = FeatureParameters.of(run, causeProperties);
        PhaseTimer timer = new PhaseTimer("facts of " + date);
        StatsTables tables = new StatsTables(date, scratch.memoryTables());
        clear(date);
        parallel.call(() -> {
            tables.create(jdbcTemplate);
            return null;
        });
        timer.lap("earlier snapshot of the date removed");
        try {
            parallel.runAll(statsTasks(parameters, tables));
            timer.lap("per-customer aggregates");
            // In a transaction of its own, like every read of the scratch tables: a read in the step's transaction
            // would hold the table's metadata lock until the step ends, and the DROP at the end would wait for it.
            BuyerCounts buyers = parallel.call(() -> BuyerCounts.read(jdbc, parallel, tables, parameters));
            timer.lap("buyers counted");
            QuintileScores.addThresholds(parameters, buyers);
            timer.lap("quintile thresholds");
            parallel.call(() -> {
                values.estimate(run, parameters, buyers, tables);
                return null;
            });
            timer.lap("customer value models");
            int customers = inHalves(parameters, tables.rename(SNAPSHOT_CUSTOMERS));
            timer.lap("facts of " + customers + " customers");
            causes.detect(parameters, parallel, tables);
            timer.lap("churn causes");
            return customers;
        }
        finally {
            parallel.call(() -> {
                tables.drop(jdbc);
                return null;
            });
            timer.lap("aggregates dropped");
            timer.done();
        }
    }

    /**
     * Removes the snapshot of a date, if there is one: its facts and causes. What a re-run of the date does first, and
     * what the benchmark does before it times a night as a first run.
     */
    public void clear(LocalDate date) {
        parallel.call(() -> {
            jdbc.sql("DELETE FROM customer_cause WHERE run_date = ?").param(date).update();
            jdbc.sql("DELETE FROM customer_feature WHERE run_date = ?").param(date).update();
            return null;
        });
    }

    /** The orders in two halves of the customer ids, then the other tables: balanced work for two cores. */
    private List<Runnable> statsTasks(Map<String, Object> parameters, StatsTables tables) {
        List<Runnable> tasks = new ArrayList<>();
        String orders = tables.rename(STATS_ORDERS);
        halves(parameters).forEach(half -> tasks.add(() -> jdbc.sql(orders).params(half).update()));
        STATS.forEach(sql -> tasks.add(() -> jdbc.sql(tables.rename(sql)).params(parameters).update()));
        return tasks;
    }

    /** Runs a statement over two halves of the customer ids side by side and returns the rows it wrote. */
    private int inHalves(Map<String, Object> parameters, String sql) {
        AtomicInteger rows = new AtomicInteger();
        parallel.runAll(halves(parameters).stream()
                .<Runnable>map(half -> () -> rows.addAndGet(jdbc.sql(sql).params(half).update())).toList());
        return rows.get();
    }

    /** The parameters with {@code fromId} and {@code toId} for each half of the customer ids, (from, to]. */
    private List<Map<String, Object>> halves(Map<String, Object> parameters) {
        long middle = jdbc.sql("SELECT COALESCE((MIN(id) + MAX(id)) / 2, 0) FROM customer").query(Long.class).single();
        List<Map<String, Object>> halves = new ArrayList<>();
        for (long[] range : new long[][] { { Long.MIN_VALUE, middle }, { middle, Long.MAX_VALUE } }) {
            Map<String, Object> half = new HashMap<>(parameters);
            half.put("fromId", range[0]);
            half.put("toId", range[1]);
            halves.add(half);
        }
        return halves;
    }
}
