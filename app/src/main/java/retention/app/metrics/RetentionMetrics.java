package retention.app.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The product's own gauges for Prometheus, refreshed from the database every 30 seconds rather than at each
 * scrape, so a scrape costs nothing and several instances agree: outbox depth and deliveries by status, the latest
 * night's actions by code and status, the duration and outcome of the latest runs, the newest rule book version.
 */
@Component
@ConditionalOnWebApplication
class RetentionMetrics {

    private final JdbcClient jdbc;
    private final MultiGauge deliveries;
    private final MultiGauge actions;
    private final MultiGauge runs;
    private final AtomicReference<Double> outboxDepth = new AtomicReference<>(0.0);
    private final AtomicReference<Double> ruleBookVersion = new AtomicReference<>(0.0);

    RetentionMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.deliveries = MultiGauge.builder("retention.deliveries")
                .description("Deliveries (outbox rows) by status").register(registry);
        this.actions = MultiGauge.builder("retention.actions.latest.night")
                .description("Actions of the latest run date by action code and status").register(registry);
        this.runs = MultiGauge.builder("retention.run.duration.seconds")
                .description("Wall time of the latest nightly run executions, by run date and status")
                .baseUnit("seconds").register(registry);
        Gauge.builder("retention.outbox.depth", outboxDepth, AtomicReference::get)
                .description("Messages waiting to be sent (PENDING or RETRY)").register(registry);
        Gauge.builder("retention.rulebook.version", ruleBookVersion, AtomicReference::get)
                .description("The newest stored rule book version, the one the next run uses").register(registry);
        refresh();
    }

    @Scheduled(fixedDelayString = "${retention.metrics.refresh-interval:30s}")
    void refresh() {
        List<MultiGauge.Row<?>> byStatus = new ArrayList<>();
        double[] depth = { 0 };
        jdbc.sql("SELECT status, COUNT(*) FROM outbox GROUP BY status").query(rs -> {
            String status = rs.getString(1);
            long count = rs.getLong(2);
            if (status.equals("PENDING") || status.equals("RETRY")) {
                depth[0] += count;
            }
            byStatus.add(MultiGauge.Row.of(Tags.of("status", status), count));
        });
        deliveries.register(byStatus, true);
        outboxDepth.set(depth[0]);

        List<MultiGauge.Row<?>> byAction = new ArrayList<>();
        jdbc.sql("SELECT action_code, status, COUNT(*) FROM retention_action "
                + "WHERE run_date = (SELECT MAX(run_date) FROM retention_action) GROUP BY action_code, status")
                .query(rs -> {
                    byAction.add(MultiGauge.Row.of(Tags.of("action_code", rs.getString(1), "status", rs.getString(2)),
                            rs.getLong(3)));
                });
        actions.register(byAction, true);

        List<MultiGauge.Row<?>> durations = new ArrayList<>();
        jdbc.sql("SELECT p.PARAMETER_VALUE, e.STATUS, TIMESTAMPDIFF(SECOND, e.START_TIME, e.END_TIME) "
                + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p "
                + "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                + "AND p.PARAMETER_NAME = 'runDate' WHERE e.END_TIME IS NOT NULL "
                + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 7").query(rs -> {
                    durations.add(MultiGauge.Row.of(Tags.of("run_date", rs.getString(1), "status", rs.getString(2)),
                            rs.getLong(3)));
                });
        runs.register(durations, true);

        ruleBookVersion.set(jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM rule_book_version").query(Long.class).single()
                .doubleValue());
    }
}
