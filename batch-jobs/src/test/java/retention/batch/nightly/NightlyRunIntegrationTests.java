package retention.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import retention.batch.BatchTestApplication;
import retention.batch.TestDatabaseProperties;
import retention.batch.outbox.SendSlots;
import retention.batch.report.RunReport;
import retention.batch.report.RunReportCount;
import retention.batch.report.RunReports;
import retention.db.action.ActionLog;
import retention.db.generate.GeneratorSettings;
import retention.db.generate.ShopGenerator;
import retention.db.test.TestDatabase;

/**
 * Re-runs, backfills, the concurrency guard, bad rows and the run report, on MariaDB with a generated shop.
 */
@SpringBootTest(classes = BatchTestApplication.class, properties = { "retention.nightly.chunk-size=100",
        "retention.nightly.partitions=3" })
@Import(NightlyRunIntegrationTests.RecordedSendSlots.class)
class NightlyRunIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static TestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabaseProperties.register(registry);
    }

    @AfterAll
    static void drop() {
        database.drop();
    }

    @Autowired
    NightlyRun nightlyRun;

    @Autowired
    RunLock runLock;

    @Autowired
    RunReports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionLog actionLog;

    @BeforeAll
    static void shop(@Autowired DataSource dataSource) {
        new ShopGenerator(dataSource).generate(new GeneratorSettings(1500, 3, AS_OF, 0.01, false), message -> { });
    }

    @Test
    void evaluatesEveryCustomerOnceAcrossPartitionsAndSkipsBadRowsWithTheirReason() {
        NightlyRunResult result = nightlyRun.run(AS_OF);

        assertThat(result.outcome()).isEqualTo(RunOutcome.COMPLETED);
        long customers = count("SELECT COUNT(*) FROM customer_feature WHERE run_date = ?", AS_OF);
        assertThat(result.customersEvaluated()).isEqualTo(customers).isEqualTo(1500);
        assertThat(result.rowsSkipped()).isPositive();
        assertThat(jdbc.sql("SELECT DISTINCT reason FROM skip_log WHERE run_date = ?").param(AS_OF)
                .query(String.class).list()).contains("negative amount", "dated in the future", "unknown customer",
                        "score out of range");
        RunReport report = reports.find(result.executionId()).orElseThrow();
        assertThat(report.status()).isEqualTo("COMPLETED");
        assertThat(report.customersEvaluated()).isEqualTo(1500);
        assertThat(report.rowsSkipped()).isEqualTo(result.rowsSkipped());
        assertThat(report.section("SKIP")).isNotEmpty();
        assertThat(report.section("STEP")).extracting(c -> c.name()).containsExactlyInAnyOrder("checkDataStep",
                "evaluateRulesStep", "planDispatchStep", "snapshotFeaturesStep");
        assertThat(report.section("ACTION").stream().mapToLong(c -> c.count()).sum()).isEqualTo(report.actions());
        assertThat(report.section("ACTION")).containsExactlyInAnyOrderElementsOf(grouped("ACTION", "action_code, "
                + "CONCAT(channel, ' ', status)", "action_code, channel, status", ""));
        assertThat(report.section("RULE")).containsExactlyInAnyOrderElementsOf(grouped("RULE", "rule_name, status",
                "rule_name, status", ""));
        assertThat(report.section("REASON")).isNotEmpty().containsExactlyInAnyOrderElementsOf(grouped("REASON",
                "status, COALESCE(reason, '')", "status, reason", " AND status <> 'PLANNED'"));
        assertThat(result.actions()).containsExactlyInAnyOrderElementsOf(actionLog.countsFor(AS_OF));
        // The run report is written after the job's last step; the run's time includes it.
        assertThat(result.steps()).containsKey(NightlyRun.REPORT_STEP);
        assertThat(result.duration()).isGreaterThanOrEqualTo(
                result.steps().values().stream().reduce(java.time.Duration.ZERO, java.time.Duration::plus));
    }

    private List<RunReportCount> grouped(String section, String columns, String groupBy, String condition) {
        return jdbc.sql("SELECT " + columns + ", COUNT(*) FROM retention_action WHERE run_date = ?" + condition
                + " GROUP BY " + groupBy).param(AS_OF)
                .query((rs, n) -> new RunReportCount(section, rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    @Test
    void aForcedRerunReplacesTheDatesActionsInsteadOfAddingToThem() {
        LocalDate date = AS_OF.minusDays(1);
        NightlyRunResult first = nightlyRun.run(date);
        long actions = count("SELECT COUNT(*) FROM retention_action WHERE run_date = ?", date);

        NightlyRunResult again = nightlyRun.run(date);
        NightlyRunResult forced = nightlyRun.run(date, true);

        assertThat(again.outcome()).isEqualTo(RunOutcome.ALREADY_COMPLETED);
        assertThat(forced.outcome()).isEqualTo(RunOutcome.COMPLETED);
        assertThat(forced.forced()).isTrue();
        assertThat(forced.executionId()).isNotEqualTo(first.executionId());
        assertThat(count("SELECT COUNT(*) FROM retention_action WHERE run_date = ?", date)).isEqualTo(actions);
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE run_date = ?", date))
                .isEqualTo(count("SELECT COUNT(*) FROM retention_action WHERE run_date = ? AND status = 'PLANNED' "
                        + "AND kind IN ('MESSAGE', 'TASK')", date));
        assertThat(reports.find(forced.executionId()).orElseThrow().forced()).isTrue();
    }

    @Test
    void backfillsARangeOfDatesEachSeeingOnlyItsPast() {
        LocalDate from = AS_OF.minusDays(10);
        jdbc.sql("INSERT INTO customer (id, name, language, time_zone, registered_at) VALUES (990001, '孙丽', 'zh-CN', "
                + "'Asia/Shanghai', ?)").param(from.atTime(12, 0)).update();

        List<NightlyRunResult> results = nightlyRun.runRange(from, from.plusDays(2), false);

        assertThat(results).extracting(NightlyRunResult::outcome).containsOnly(RunOutcome.COMPLETED);
        assertThat(results).extracting(NightlyRunResult::runDate).containsExactly(from, from.plusDays(1), from.plusDays(2));
        // Registered at noon on the first date: invisible that night, there from the next.
        assertThat(count("SELECT COUNT(*) FROM customer_feature WHERE customer_id = 990001 AND run_date = ?", from)).isZero();
        assertThat(count("SELECT COUNT(*) FROM customer_feature WHERE customer_id = 990001 AND run_date = ?",
                from.plusDays(1))).isEqualTo(1);
    }

    @Test
    void refusesASecondRunOfADateThatIsRunning() {
        LocalDate date = AS_OF.minusDays(20);
        try (RunLock.Held held = runLock.tryAcquire(date).orElseThrow()) {
            assertThatThrownBy(() -> nightlyRun.run(date)).isInstanceOf(RunAlreadyRunningException.class)
                    .hasMessageContaining("already running").hasMessageContaining("process " + ProcessHandle.current().pid());
        }
        assertThat(nightlyRun.run(date).outcome()).isEqualTo(RunOutcome.COMPLETED);
    }

    @Test
    void givesEveryPendingMessageOfTheNightItsSendSlot(@Autowired RecordedSendSlots slots) {
        LocalDate date = AS_OF.minusDays(30);

        NightlyRunResult result = nightlyRun.run(date);

        assertThat(result.outcome()).isEqualTo(RunOutcome.COMPLETED);
        List<Instant> pending = jdbc.sql("SELECT DISTINCT send_at FROM outbox WHERE run_date = ? AND status = 'PENDING'")
                .param(date).query(LocalDateTime.class).list().stream().map(t -> t.toInstant(ZoneOffset.UTC)).toList();
        assertThat(pending).isNotEmpty();
        assertThat(slots.times()).containsAll(pending);
    }

    /** Send slots as the plan step hands them over; the application schedules a Quartz trigger for each. */
    static class RecordedSendSlots implements SendSlots {

        private final Set<Instant> times = ConcurrentHashMap.newKeySet();

        @Override
        public void ensure(Collection<Instant> sendTimes) {
            times.addAll(sendTimes);
        }

        Set<Instant> times() {
            return times;
        }
    }

    private long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }
}
