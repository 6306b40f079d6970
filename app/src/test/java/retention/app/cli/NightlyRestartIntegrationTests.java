package retention.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import retention.db.generate.GeneratorSettings;
import retention.db.generate.ShopGenerator;
import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * kill -9 at several points of a nightly run, each time running the same date again: the end state equals an
 * uninterrupted run's on the same shop. The run is a real child process of the packaged application, killed with
 * SIGKILL, so nothing in the JVM gets a chance to clean up.
 */
class NightlyRestartIntegrationTests {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    static final int CUSTOMERS = 12_000;
    static TestDatabase interrupted;
    static TestDatabase uninterrupted;
    static HikariDataSource interruptedData;
    static JdbcClient jdbc;

    @TempDir
    static Path home;

    @BeforeAll
    static void twoIdenticalShops() {
        interrupted = TestDatabases.create();
        uninterrupted = TestDatabases.create();
        interruptedData = interrupted.migratedDataSource();
        jdbc = JdbcClient.create(interruptedData);
        GeneratorSettings shop = new GeneratorSettings(CUSTOMERS, 9, RUN_DATE, 0, false);
        new ShopGenerator(interruptedData).generate(shop, message -> { });
        try (HikariDataSource other = uninterrupted.migratedDataSource()) {
            new ShopGenerator(other).generate(shop, message -> { });
        }
    }

    @AfterAll
    static void drop() {
        interruptedData.close();
        interrupted.drop();
        uninterrupted.drop();
    }

    @Test
    void resumesAfterKillNineAtSeveralPointsAndEndsExactlyAsAnUninterruptedRun() throws Exception {
        CommandLineRun reference = CommandLineRun.of(properties(uninterrupted), "run-nightly", "--date", RUN_DATE.toString());
        assertThat(reference.exitCode()).as(reference.err()).isZero();

        killWhen(launch(), "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'snapshotFeaturesStep'");
        killWhen(launch(), "SELECT COALESCE(SUM(COMMIT_COUNT), 0) >= 3 FROM BATCH_STEP_EXECUTION "
                + "WHERE STEP_NAME LIKE 'evaluateRulesWorkerStep:%' AND STATUS = 'STARTED'");
        killWhen(launch(), "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'planDispatchStep'");
        Process last = launch();
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).as(output(last)).isZero();

        try (HikariDataSource referenceData = uninterrupted.dataSource()) {
            JdbcClient expected = JdbcClient.create(referenceData);
            assertThat(actions(jdbc)).hasSize(actions(expected).size()).containsExactlyElementsOf(actions(expected));
            assertThat(messages(jdbc)).containsExactlyElementsOf(messages(expected));
            assertThat(facts(jdbc)).isEqualTo(facts(expected));
            // The resumed run's report counts the log (other executions wrote part of it); the uninterrupted one
            // counted as it wrote: the same breakdowns.
            assertThat(breakdowns(jdbc)).isNotEmpty().isEqualTo(breakdowns(expected));
        }
        // Read counts are committed with each chunk: their sum over all executions is the customers evaluated.
        assertThat(jdbc.sql("SELECT SUM(READ_COUNT) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'evaluateRulesWorkerStep:%'")
                .query(Long.class).single()).isEqualTo(CUSTOMERS);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT JOB_EXECUTION_ID) FROM BATCH_STEP_EXECUTION "
                + "WHERE STEP_NAME LIKE 'evaluateRulesWorkerStep:%' AND READ_COUNT > 0").query(Long.class).single())
                .as("the evaluation resumed instead of starting over").isGreaterThan(1);
        assertThat(jdbc.sql("SELECT customers_evaluated FROM run_report WHERE status = 'COMPLETED'").query(Long.class)
                .single()).isEqualTo(CUSTOMERS);
    }

    private static List<String> breakdowns(JdbcClient jdbc) {
        return jdbc.sql("SELECT CONCAT(c.section, '|', c.name, '|', c.detail, '|', c.count) FROM run_report_count c "
                + "JOIN run_report r ON r.execution_id = c.execution_id WHERE r.status = 'COMPLETED' "
                + "AND c.section IN ('ACTION', 'RULE', 'REASON') ORDER BY 1").query(String.class).list();
    }

    private static Map<String, Object> properties(TestDatabase database) {
        return Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(), "retention.home", home.toString(),
                "retention.rules.dir", Path.of("../rules/rulebook").toAbsolutePath().toString(),
                "retention.nightly.chunk-size", "50", "retention.nightly.partitions", "4");
    }

    private static void killWhen(Process process, String condition) throws InterruptedException {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> !process.isAlive() || jdbc.sql(condition).query(Long.class).single() > 0);
        process.destroyForcibly();
        process.waitFor();
    }

    private static Process launch() throws IOException {
        Path log = Files.createTempFile(home, "run-", ".log");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx512m", "-Dretention.home=" + home,
                "-Dretention.rules.dir=" + Path.of("../rules/rulebook").toAbsolutePath(),
                "-Dretention.nightly.chunk-size=50", "-Dretention.nightly.partitions=4",
                "-jar", Path.of("target/retention.jar").toAbsolutePath().toString(),
                "run-nightly", "--date", RUN_DATE.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("RETENTION_DB_URL", interrupted.url());
        builder.environment().put("RETENTION_DB_USER", interrupted.username());
        builder.environment().put("RETENTION_DB_PASSWORD", interrupted.password());
        Process process = builder.start();
        logs.put(process.pid(), log);
        return process;
    }

    private static final Map<Long, Path> logs = new java.util.concurrent.ConcurrentHashMap<>();

    private static String output(Process process) throws IOException {
        return Files.readString(logs.get(process.pid()));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Evidence names interactions by id ("complaint #252"); ids differ between the two generated shops. */
    private static List<String> actions(JdbcClient db) {
        return db.sql("SELECT CONCAT_WS('|', customer_id, action_code, kind, status, channel, rule_name, priority, "
                + "COALESCE(offer, ''), COALESCE(reason, ''), explanation) FROM retention_action ORDER BY customer_id, action_code")
                .query(String.class).list().stream().map(row -> row.replaceAll("#\\d+", "#")).toList();
    }

    private static List<String> messages(JdbcClient db) {
        return db.sql("SELECT CONCAT_WS('|', o.customer_id, a.action_code, o.channel, o.send_at, o.expires_at, o.status) "
                + "FROM outbox o JOIN retention_action a ON a.id = o.action_id ORDER BY o.customer_id, a.action_code")
                .query(String.class).list();
    }

    private static List<String> facts(JdbcClient db) {
        return db.sql("SELECT CONCAT_WS('|', COUNT(*), SUM(orders_total), SUM(monetary), SUM(r_score * 100 + f_score * 10 "
                + "+ m_score), SUM(CASE WHEN early_warning THEN 1 ELSE 0 END), SUM(ROUND(p_alive * 1000000))) "
                + "FROM customer_feature GROUP BY stage ORDER BY stage").query(String.class).list();
    }
}
