package retention.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * A shop's own data through the command line on a real MySQL-protocol server: the example folder of docs/import.md
 * is imported, imported again without duplicates, and the nightly run gives its customers facts and actions.
 */
class ImportIntegrationTests {

    private static final Path EXAMPLE = Path.of("../docs/import-example").toAbsolutePath().normalize();
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 20);

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
    void importsTheExampleShopAndTheNightlyRunActsOnIt() {
        CommandLineRun first = CommandLineRun.of(properties, "import", EXAMPLE.toString());
        CommandLineRun again = CommandLineRun.of(properties, "import", EXAMPLE.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("orders\\.csv +15 +15 +0 +0").contains("Imported 35 of 35 rows");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("orders\\.csv +15 +0 +15 +0");

        CommandLineRun night = CommandLineRun.of(properties, "run-nightly", "--date", RUN_DATE.toString());

        assertThat(night.exitCode()).as(night.err()).isZero();
        assertThat(night.out()).contains("customers evaluated  5");
        try (HikariDataSource dataSource = database.dataSource()) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single()).isEqualTo(15);
            assertThat(jdbc.sql("SELECT CONCAT(customer_id, ' ', stage) FROM customer_feature WHERE run_date = ? "
                    + "ORDER BY customer_id").param(RUN_DATE).query(String.class).list())
                    .containsExactly("1001 LOYAL", "1002 CHURNED", "1003 CHURNED", "1004 NEW", "1005 POTENTIAL");
            assertThat(jdbc.sql("SELECT CONCAT(customer_id, ' ', cause) FROM customer_cause WHERE run_date = ? "
                    + "ORDER BY customer_id, cause").param(RUN_DATE).query(String.class).list())
                    .contains("1002 PRICE_SENSITIVE", "1003 LOCALIZATION_GAP");
            List<String> actions = jdbc.sql("SELECT CONCAT(customer_id, ' ', action_code) FROM retention_action "
                    + "WHERE run_date = ? ORDER BY customer_id, action_code").param(RUN_DATE).query(String.class)
                    .list();
            assertThat(actions).contains("1002 WINBACK_DISCOUNT", "1003 LOCAL_LANGUAGE_WINBACK",
                    "1005 SCENARIO_PUSH");
        }
    }
}
