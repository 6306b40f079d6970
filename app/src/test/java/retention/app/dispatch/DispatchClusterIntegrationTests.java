package retention.app.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import retention.app.cli.RetentionCommandLine;
import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * Separate application processes on one MariaDB database, as a clustered deployment runs: the Quartz send-slot
 * triggers fire once each across the cluster, every message is sent once, and a process killed between claiming
 * and sending leaves its messages to be sent, once, after the lease.
 */
class DispatchClusterIntegrationTests {

    static final String SECRET = "cluster-test-secret-0123456789";

    static GatewayServer gateway = new GatewayServer(SECRET);

    @TempDir
    Path home;

    TestDatabase database;
    HikariDataSource dataSource;
    JdbcClient jdbc;
    DispatchFixture shop;

    @BeforeEach
    void database() {
        database = TestDatabases.create();
        dataSource = database.migratedDataSource();
        jdbc = JdbcClient.create(dataSource);
        shop = new DispatchFixture(jdbc);
        gateway.reset();
    }

    @AfterEach
    void drop() {
        dataSource.close();
        database.drop();
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    @Test
    void twoInstancesFireEachSendSlotOnceAndSendEachMessageOnce() throws Exception {
        Instant now = Instant.now();
        for (int i = 0; i < 240; i++) {
            long customer = shop.customer("张敏" + i, "女士", "zh-CN");
            // Four send slots of one minute, all due: each gets its trigger when the instances start.
            shop.message(customer, "SMS", "care-content", null, now.minus(Duration.ofMinutes(1 + i % 4)));
        }

        try (AppProcess first = AppProcess.serve(properties("2m"), home.resolve("a"));
                AppProcess second = AppProcess.serve(properties("2m"), home.resolve("b"))) {
            first.awaitRunning();
            second.awaitRunning();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> count("SELECT COUNT(*) FROM outbox WHERE status = 'SENT'") == 240);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> count("SELECT COUNT(*) FROM dispatch_run WHERE trigger_name LIKE 'send-slot-%' "
                            + "AND finished_at IS NOT NULL") >= 4);
        }

        assertThat(gateway.received()).hasSize(240).allMatch(GatewayServer.Received::validSignature);
        assertThat(gateway.requestsByKey()).hasSize(240).allSatisfy((key, requests) -> assertThat(requests).isEqualTo(1));
        assertThat(jdbc.sql("SELECT trigger_name, COUNT(*) FROM dispatch_run GROUP BY trigger_name HAVING COUNT(*) > 1")
                .query((rs, row) -> rs.getString(1)).list()).isEmpty();
        assertThat(count("SELECT COUNT(DISTINCT trigger_name) FROM dispatch_run WHERE trigger_name LIKE 'send-slot-%'"))
                .isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM contact_log")).isEqualTo(240);
    }

    @Test
    void aProcessKilledBetweenClaimAndSendLeavesItsMessagesToBeSentOnceAfterTheLease() throws Exception {
        Instant now = Instant.now();
        for (int i = 0; i < 20; i++) {
            shop.message(shop.customer("李强" + i, "先生", "zh-CN"), "SMS", "care-content", null, now.minus(Duration.ofMinutes(1)));
        }
        gateway.hold();

        AppProcess crashing = AppProcess.serve(properties("5s"), home.resolve("crash"));
        crashing.awaitRunning();
        await().atMost(Duration.ofSeconds(60)).until(() -> !gateway.received().isEmpty());
        crashing.kill();
        List<String> inFlight = gateway.received().stream().map(GatewayServer.Received::idempotencyKey).toList();
        gateway.release();

        assertThat(count("SELECT COUNT(*) FROM outbox WHERE status = 'SENDING'")).isEqualTo(20);
        LocalDateTime leaseEnd = jdbc.sql("SELECT MAX(lease_until) FROM outbox").query(LocalDateTime.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(leaseEnd.toInstant(ZoneOffset.UTC)));

        // The server rolls back the killed process's connections on its own time; until it has, SKIP LOCKED passes
        // over any row that connection still held, so dispatch again until every message is out.
        StringWriter out = new StringWriter();
        Map<String, Object> cli = new HashMap<>(properties("5s"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            int exit = new RetentionCommandLine(cli, new PrintWriter(out), new PrintWriter(new StringWriter()))
                    .run("dispatch");
            assertThat(exit).as(out.toString()).isZero();
            return count("SELECT COUNT(*) FROM outbox WHERE status = 'SENT'") == 20;
        });

        assertThat(count("SELECT COUNT(*) FROM outbox WHERE status = 'SENT' AND attempts = 2")).isEqualTo(20);
        assertThat(gateway.deliveries()).hasSize(20).allSatisfy((key, delivered) -> assertThat(delivered).isEqualTo(1));
        assertThat(inFlight).isNotEmpty().allSatisfy(key -> assertThat(gateway.requestsByKey().get(key)).isEqualTo(2));
    }

    private Map<String, String> properties(String lease) {
        Map<String, String> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("retention.rules.dir", Path.of("../rules/rulebook").toAbsolutePath().toString());
        properties.put("retention.dispatch.webhooks.sms.url", gateway.url());
        properties.put("retention.dispatch.webhooks.sms.secret", SECRET);
        properties.put("retention.dispatch.batch-size", "40");
        properties.put("retention.dispatch.lease", lease);
        properties.put("retention.send-time.slot", "1m");
        // The test must not depend on the hour it runs at.
        properties.put("retention.send-time.quiet-hours", "00:00-00:00");
        properties.put("spring.quartz.properties.org.quartz.scheduler.idleWaitTime", "1000");
        properties.put("spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", "2000");
        properties.put("spring.quartz.properties.org.quartz.jobStore.misfireThreshold", "5000");
        return properties;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
