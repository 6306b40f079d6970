package retention.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import retention.app.report.Chromium;
import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * Holdouts, attribution and the report through the command line, on a generated shop and two real nights a month
 * apart, against the MySQL-protocol test server.
 */
class MeasurementCommandsIntegrationTests {

    static TestDatabase database;
    static Map<String, Object> properties;

    @BeforeAll
    static void shopAndTwoNights() {
        database = TestDatabases.create();
        properties = Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "retention.rules.dir", Path.of("../rules/rulebook").toAbsolutePath().toString(),
                "retention.attribution.minimum-treated", "20", "retention.attribution.minimum-control", "5");
        run("generate", "--customers", "2000", "--seed", "11", "--as-of", "2026-11-23");
        run("run-nightly", "--date", "2026-10-01");
        run("run-nightly", "--date", "2026-11-01");
        run("attribute", "--date", "2026-11-20");
    }

    @AfterAll
    static void drop() {
        database.drop();
    }

    @Test
    void holdsOutControlGroupsWithoutAMessage() {
        try (HikariDataSource dataSource = database.dataSource()) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            long heldOut = jdbc.sql("SELECT COUNT(*) FROM retention_action WHERE status = 'HELD_OUT'").query(Long.class)
                    .single();
            long eligible = jdbc.sql("SELECT COUNT(*) FROM retention_action WHERE status IN ('HELD_OUT', 'PLANNED') "
                    + "AND kind <> 'SUPPRESS'").query(Long.class).single();
            long messaged = jdbc.sql("SELECT COUNT(*) FROM retention_action a JOIN outbox o ON o.action_id = a.id "
                    + "WHERE a.status = 'HELD_OUT'").query(Long.class).single();

            // 10% per rule and 5% globally: about 14.5% of the eligible actions.
            assertThat((double) heldOut / eligible).isBetween(0.08, 0.22);
            assertThat(messaged).isZero();
            assertThat(jdbc.sql("SELECT reason FROM retention_action WHERE status = 'HELD_OUT'").query(String.class)
                    .list()).allMatch(r -> r.startsWith("control group of rule") || r.startsWith("global control"));
        }
    }

    @Test
    void keepsACustomerInTheSameArmOnBothNights() {
        try (HikariDataSource dataSource = database.dataSource()) {
            long switched = JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM retention_action a "
                    + "JOIN retention_action b ON b.customer_id = a.customer_id AND b.rule_name = a.rule_name "
                    + "AND b.run_date > a.run_date WHERE a.status IN ('HELD_OUT', 'PLANNED') "
                    + "AND b.status IN ('HELD_OUT', 'PLANNED') AND a.status <> b.status AND a.kind <> 'SUPPRESS'")
                    .query(Long.class).single();

            assertThat(switched).isZero();
        }
    }

    @Test
    void attributesAgainWithoutChangingAnything() {
        try (HikariDataSource dataSource = database.dataSource()) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            String sum = "SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(revenue), 0), '/', COUNT(order_id), '/', "
                    + "COALESCE(SUM(days_to_convert), 0), '/', SUM(CASE WHEN window_closed THEN 1 ELSE 0 END)) "
                    + "FROM action_outcome";
            String before = jdbc.sql(sum).query(String.class).single();

            CommandLineRun again = run("attribute", "--date", "2026-11-20");

            assertThat(again.out()).contains("as of 2026-11-20");
            assertThat(jdbc.sql(sum).query(String.class).single()).isEqualTo(before);
            assertThat(before).doesNotStartWith("0/");
        }
    }

    @Test
    void printsUpliftPerRuleAndTheKpisByStage() {
        CommandLineRun report = run("report", "--from", "2026-10-01", "--to", "2026-11-01");

        assertThat(report.out()).contains("Uplift per rule:", "Uplift per action:", "pt [",
                "KPIs by stage at the start of the period:", "2026-11-01 ACTIVE", "KPIs by RFM segment");
    }

    @Test
    void writesOneHtmlFileWhoseChartsRenderInABrowser() throws Exception {
        Path html = Path.of("target/report/report.html").toAbsolutePath();
        run("report", "--from", "2026-10-01", "--to", "2026-11-01", "--html", html.toString());

        String page = Files.readString(html);
        // Self-contained: nothing is fetched (the SVG namespace is a name, not a request).
        assertThat(page).contains("<svg", "<polyline", "<circle", "class=\"bar\"")
                .doesNotContain("src=\"http", "href=\"http", "<script", "@import");
        String dom = Chromium.dumpDom(html, html.resolveSibling("report.png"));
        assertThat(dom.split("<svg", -1).length - 1).isGreaterThanOrEqualTo(7);
        assertThat(dom).contains("<polyline", "<circle", "Uplift per rule");
        assertThat(Files.size(html.resolveSibling("report.png"))).isGreaterThan(10_000);
    }

    @Test
    void refusesAReversedRange() {
        CommandLineRun report = CommandLineRun.of(properties, "report", "--from", "2026-11-01", "--to", "2026-10-01");

        assertThat(report.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(report.err()).contains("--to 2026-10-01 is before --from 2026-11-01");
    }

    private static CommandLineRun run(String... args) {
        CommandLineRun run = CommandLineRun.of(properties, args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.out() + run.err()).isZero();
        return run;
    }
}
