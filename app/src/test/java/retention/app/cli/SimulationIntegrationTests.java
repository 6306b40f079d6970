package retention.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * The simulated market recovers what was planted: a discount for price-sensitive churned customers measurably
 * brings them back, a check-in for active customers does next to nothing, and each interval holds the truth. The
 * real nightly job, dispatch and attribution run against the MySQL-protocol test server, night after night.
 */
class SimulationIntegrationTests {

    static final String DISCOUNT = "Churned and price-sensitive: a discount";
    static final String CHECK_IN = "Active: a check-in";

    @TempDir
    static Path home;

    static TestDatabase database;
    static CommandLineRun run;

    @BeforeAll
    static void simulate() throws IOException {
        database = TestDatabases.create();
        Path book = home.resolve("book");
        Files.createDirectories(book);
        Path defaults = Path.of("../rules/rulebook").toAbsolutePath().normalize();
        Files.copy(defaults.resolve("actions.csv"), book.resolve("actions.csv"));
        retention.app.simulate.SimulationBooks.copyTree(defaults.resolve("templates"), book.resolve("templates"));
        Files.writeString(book.resolve("test.drl"), """
                package rulebook.test;

                import retention.rules.facts.*;
                import function retention.rules.book.Proposals.propose;

                rule "%s"
                when
                    $c : CustomerProfile( stage == Stage.CHURNED, hasCause(ChurnCause.PRICE_SENSITIVE),
                                          daysSinceLastContact >= 14 )
                then
                    propose($c, "WINBACK_DISCOUNT").offer("50 off 300, only for you").controlShare(0.5);
                end

                rule "%s"
                when
                    $c : CustomerProfile( stage == Stage.ACTIVE, daysSinceLastContact >= 14 )
                then
                    propose($c, "PERSONAL_CHECK_IN").controlShare(0.5);
                end
                """.formatted(DISCOUNT, CHECK_IN));
        Map<String, Object> properties = Map.of("spring.datasource.url", database.url(),
                "spring.datasource.username", database.username(), "spring.datasource.password", database.password(),
                "retention.home", home.toString(), "retention.holdout.global-control-share", "0",
                "retention.rules.dir", defaults.toString());
        run = CommandLineRun.of(properties, "simulate", "--customers", "4000", "--nights", "10", "--seed", "3",
                "--rules", book.toString(), "--start", "2026-06-01", "--no-blanket");
    }

    @AfterAll
    static void drop() {
        try (HikariDataSource dataSource = database.dataSource()) {
            new org.springframework.jdbc.core.JdbcTemplate(dataSource).execute(
                    "DROP DATABASE IF EXISTS `" + database.name() + "_sim_default`");
        }
        database.drop();
    }

    @Test
    void measuresADiscountThatWorksOnPriceSensitiveChurnAndHoldsTheTruth() {
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Matcher row = line(DISCOUNT);

        assertThat(Integer.parseInt(row.group(1).replace(",", ""))).isGreaterThanOrEqualTo(30);
        assertThat(Double.parseDouble(row.group(4))).as("lower bound").isPositive();
        assertThat(Double.parseDouble(row.group(6))).as("truth").isGreaterThan(10);
        assertThat(row.group(7)).isEqualTo("yes");
        assertThat(Double.parseDouble(row.group(8))).as("planted").isGreaterThan(10);
    }

    @Test
    void findsNoEffectWhereThereIsNoneAndEndsWithTheCoverageLine() {
        Matcher row = line(CHECK_IN);
        List<String> lines = run.out().lines().toList();

        assertThat(Double.parseDouble(row.group(6))).as("truth").isBetween(-2.0, 3.0);
        assertThat(row.group(7)).isEqualTo("yes");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("uplift_in_ci=2/2 default_vs_blanket_coupon=n/a");
        assertThat(home.resolve("data/simulation/default-messages.log")).isNotEmptyFile();
    }

    private static Matcher line(String rule) {
        Pattern pattern = Pattern.compile(Pattern.quote(rule) + "\\s+([\\d,]+)\\s+([\\d,]+)\\s+([+-]?[\\d.]+) pt "
                + "\\[([+-]?[\\d.]+), ([+-]?[\\d.]+)\\]\\s+([+-]?[\\d.]+) pt\\s+(yes|NO)\\s+([+-]?[\\d.]+) pt");
        Matcher matcher = pattern.matcher(run.out());
        assertThat(matcher.find()).as(run.out() + run.err()).isTrue();
        return matcher;
    }
}
