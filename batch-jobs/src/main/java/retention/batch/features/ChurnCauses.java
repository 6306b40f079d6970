package retention.batch.features;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Detects the churn causes of AT_RISK and CHURNED customers with their evidence, one set-based statement per cause
 * over the customer facts and the per-customer aggregates of the run date. Direct evidence (the customer said it: a
 * survey reason, a complaint) scores 0.9 or more and outranks behavioural evidence, which scores 0.4 to 0.8
 * depending on its strength.
 */
@Component
class ChurnCauses {

    private static final List<String> CAUSES = List.of("price-sensitive", "service-dissatisfied", "needs-changed",
            "poor-experience", "competitor-pull", "security-concern", "localization-gap", "not-personalized");

    private static final Map<String, String> STATEMENTS = CAUSES.stream()
            .collect(Collectors.toMap(c -> c, c -> SqlResource.read("causes/" + c + ".sql")));

    private final JdbcClient jdbc;

    ChurnCauses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Detects every cause for a run date whose facts and aggregates are stored, one statement per cause; the
     * statements write disjoint rows, so they run side by side.
     */
    void detect(Map<String, Object> parameters, ParallelStatements parallel, StatsTables tables) {
        parallel.runAll(CAUSES.stream().<Runnable>map(cause ->
                () -> jdbc.sql(tables.rename(STATEMENTS.get(cause))).params(parameters).update()).toList());
    }
}
