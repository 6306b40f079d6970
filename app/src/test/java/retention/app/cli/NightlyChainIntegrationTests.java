package retention.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * The whole chain through the command line against a real MySQL-protocol server: migrations, the generator, the
 * nightly run and a second run of the same date.
 */
class NightlyChainIntegrationTests {

    static TestDatabase database;
    static Map<String, Object> properties;

    @BeforeAll
    static void database() {
        database = TestDatabases.create();
        properties = Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "retention.rules.dir", Path.of("../rules/rulebook").toAbsolutePath().toString());
    }

    @AfterAll
    static void drop() {
        database.drop();
    }

    @Test
    void generatesAShopRunsTheNightAndAddsNothingTheSecondTime() {
        CommandLineRun generate = CommandLineRun.of(properties, "generate", "--customers", "2000", "--seed", "7",
                "--as-of", "2026-11-23");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(generate.out()).contains("Generated 2,000 customers");

        CommandLineRun night = CommandLineRun.of(properties, "run-nightly", "--date", "2026-11-23");
        assertThat(night.exitCode()).as(night.err()).isZero();
        assertThat(night.out()).contains("customers evaluated  2,000");

        try (HikariDataSource dataSource = database.dataSource()) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            long kinds = jdbc.sql("SELECT COUNT(DISTINCT action_code) FROM retention_action WHERE status = 'PLANNED'")
                    .query(Long.class).single();
            long actions = jdbc.sql("SELECT COUNT(*) FROM retention_action").query(Long.class).single();
            long messages = jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
            assertThat(kinds).isGreaterThanOrEqualTo(4);

            CommandLineRun again = CommandLineRun.of(properties, "run-nightly", "--date", "2026-11-23");

            assertThat(again.exitCode()).isZero();
            assertThat(again.out()).contains("had already completed");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_action").query(Long.class).single()).isEqualTo(actions);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isEqualTo(messages);
        }
    }

    @Test
    void refusesToGenerateOverAnExistingShopWithoutReplace() {
        CommandLineRun first = CommandLineRun.of(properties, "generate", "--customers", "100", "--seed", "1");
        CommandLineRun second = CommandLineRun.of(properties, "generate", "--customers", "100", "--seed", "1");

        assertThat(first.exitCode() == 0 ? second : first).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("already holds").contains("--replace");
        });
    }
}
