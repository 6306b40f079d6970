package retention.batch.features;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the customer facts of a run date into {@code customer_feature} and {@code customer_cause}, replacing any
 * earlier snapshot of that date. Set-based throughout: one ordered pass per source table into a per-customer
 * aggregate, one statement joining them by key into the facts, one statement per churn cause, then the
 * customer-value models. No per-customer round trip.
 */
@Component
public class FeatureSnapshot {

    private static final List<String> STATS_TABLES = List.of("stats_orders", "stats_interactions", "stats_contacts",
            "stats_visits");
    private static final List<String> STATS = List.of("orders", "interactions", "contacts", "visits").stream()
            .map(name -> SqlResource.read("stats/" + name + ".sql")).toList();
    private static final String SNAPSHOT_CUSTOMERS = SqlResource.read("snapshot-customers.sql");

    private final JdbcClient jdbc;
    private final FeatureProperties properties;
    private final CauseProperties causeProperties;
    private final ChurnCauses causes;
    private final CustomerValueEstimates values;

    public FeatureSnapshot(JdbcClient jdbc, FeatureProperties properties, CauseProperties causeProperties,
            ChurnCauses causes, CustomerValueEstimates values) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.causeProperties = causeProperties;
        this.causes = causes;
        this.values = values;
    }

    /**
     * Computes the snapshot of one run date.
     *
     * @return the number of customers in the snapshot
     */
    @Transactional
    public int compute(LocalDate date) {
        RunDate run = new RunDate(date, properties);
        Map<String, Object> parameters = FeatureParameters.of(run, causeProperties);
        jdbc.sql("DELETE FROM customer_cause WHERE run_date = ?").param(date).update();
        jdbc.sql("DELETE FROM customer_feature WHERE run_date = ?").param(date).update();
        clearStats(date);
        STATS.forEach(sql -> jdbc.sql(sql).params(parameters).update());
        int customers = jdbc.sql(SNAPSHOT_CUSTOMERS).params(parameters).update();
        causes.detect(parameters);
        values.estimate(run);
        clearStats(date);
        return customers;
    }

    private void clearStats(LocalDate date) {
        STATS_TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table + " WHERE run_date = ?").param(date).update());
    }
}
