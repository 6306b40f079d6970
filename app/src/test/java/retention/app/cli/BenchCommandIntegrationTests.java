package retention.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * {@code ./retention bench} on the MySQL-protocol test server: a small shop, both timed runs, the floors and the
 * summary line. What it measures is not asserted (benchmarks are not timed tests); that it measures the same
 * decisions both ways, and says so, is.
 */
class BenchCommandIntegrationTests {

    static TestDatabase database;
    static Map<String, Object> properties;
    static CommandLineRun first;

    @BeforeAll
    static void benchASmallShop() {
        database = TestDatabases.create();
        properties = Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "retention.rules.dir", Path.of("../rules/rulebook").toAbsolutePath().toString());
        first = CommandLineRun.of(properties, "bench", "--customers", "400", "--date", "2026-11-23");
    }

    @AfterAll
    static void drop() {
        database.drop();
    }

    @Test
    void generatesTheShopRunsBothWaysAndEndsWithTheSummaryLine() {
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("Generating a shop of 400 customers as of 2026-11-23",
                "Nightly run with hand-written Java:", "Nightly run with the rule book:", "floor, SQL:", "floor, insert:",
                "floor, LOAD DATA:");
        List<String> lines = lines(first);
        assertThat(lines.get(lines.size() - 1))
                .matches("customers=400 total_s=\\d+\\.\\d customers_per_s=\\d+ rules_vs_handwritten=\\d+\\.\\d\\d");
    }

    @Test
    void showsThatTheHandWrittenJavaDecidedExactlyAsTheRuleBook() {
        String same = lines(first).stream().filter(l -> l.startsWith("same decisions:")).findFirst().orElseThrow();

        assertThat(same).startsWith("same decisions:        yes (").doesNotContain(" 0 actions");
    }

    @Test
    void reusesTheShopOnTheNextRunAndRefusesAnotherSize() {
        CommandLineRun again = CommandLineRun.of(properties, "bench", "--customers", "400", "--no-floors");
        CommandLineRun other = CommandLineRun.of(properties, "bench", "--customers", "500");

        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("Reusing the shop in the database: 400 customers", "Night: 2026-11-23")
                .doesNotContain("floor, SQL:");
        assertThat(other.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(other.err()).contains("the database holds 400 customers, not 500: run bench with --customers 400");
    }

    @Test
    void timesOnlyTheRuleBookWhenAskedAndSaysThereIsNoComparison() {
        CommandLineRun rules = CommandLineRun.of(properties, "bench", "--customers", "400", "--rules-only",
                "--no-floors");
        CommandLineRun contradiction = CommandLineRun.of(properties, "bench", "--customers", "400", "--rules-only",
                "--floors-only");

        assertThat(rules.exitCode()).as(rules.out() + rules.err()).isZero();
        assertThat(rules.out()).contains("Nightly run with the rule book:").doesNotContain("hand-written");
        List<String> lines = lines(rules);
        assertThat(lines.get(lines.size() - 1))
                .matches("customers=400 total_s=\\d+\\.\\d customers_per_s=\\d+ rules_vs_handwritten=n/a");
        assertThat(contradiction.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(contradiction.err()).contains("--rules-only and --floors-only contradict each other");
    }

    @Test
    void measuresOnlyTheFloorsWhenAskedOnTheActionsAnEarlierBenchLeft() {
        CommandLineRun floors = CommandLineRun.of(properties, "bench", "--customers", "400", "--floors-only");

        assertThat(floors.exitCode()).as(floors.out() + floors.err()).isZero();
        assertThat(floors.out()).contains("floor, SQL:", "floor, insert:").doesNotContain("Nightly run with");
    }

    @Test
    void refusesTheEmbeddedDatabase() {
        CommandLineRun run = CommandLineRun.of(Map.of("spring.datasource.url", "jdbc:h2:mem:bench"), "bench",
                "--customers", "400");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("bench measures the nightly run on MySQL or MariaDB: set RETENTION_DB_URL");
    }

    private static List<String> lines(CommandLineRun run) {
        return run.out().lines().filter(l -> !l.isBlank()).toList();
    }
}
