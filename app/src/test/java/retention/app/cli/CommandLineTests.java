package retention.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTests {

    @Test
    void listsTheCommandsWithHelp() {
        CommandLineRun run = CommandLineRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo", "generate", "run-nightly", "serve", "actions", "rules", "facts");
    }

    @Test
    void refusesAnUnknownCommandWithAClearMessage() {
        CommandLineRun run = CommandLineRun.of("frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown command 'frobnicate'").contains("./retention --help")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void refusesABadDateWithTheExpectedFormat() {
        CommandLineRun run = CommandLineRun.of("run-nightly", "--date", "23/11/2026");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'23/11/2026' is not a date; use YYYY-MM-DD");
    }

    @Test
    void validatesTheDefaultRuleBook() {
        CommandLineRun run = CommandLineRun.of("rules", "validate", "../rules/rulebook");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No problems found");
    }

    @Test
    void namesFileAndLineOfARuleWithASyntaxError(@TempDir Path dir) throws IOException {
        Path book = brokenRuleBook(dir);

        CommandLineRun run = CommandLineRun.of("rules", "validate", book.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).containsPattern("broken\\.drl:9:\\d+: ").doesNotContain("\tat ");
    }

    @Test
    void refusesARuleThatCanNeverFireAndWarningsOnlyWhenStrict(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("actions.csv"), "code,kind,cost,description\nCARE,MESSAGE,5,d\n");
        Files.writeString(dir.resolve("a.drl"), """
                package rulebook.a;

                import retention.rules.facts.*;
                import function retention.rules.book.Proposals.propose;

                rule "Care"
                when
                    $c : CustomerProfile( stage == Stage.AT_RISK )
                then
                    propose($c, "CARE");
                end
                """);

        CommandLineRun lenient = CommandLineRun.of("rules", "validate", dir.toString());
        CommandLineRun strict = CommandLineRun.of("rules", "validate", "--strict", dir.toString());
        Files.writeString(dir.resolve("b.drl"), """
                package rulebook.b;

                import retention.rules.facts.*;
                import function retention.rules.book.Proposals.propose;

                rule "Never"
                when
                    $c : CustomerProfile( recencyDays > 90, recencyDays < 30 )
                then
                    propose($c, "CARE");
                end
                """);
        CommandLineRun broken = CommandLineRun.of("rules", "validate", dir.toString());

        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains(": warning: no rule proposes a message or task")
                .contains("CHURNED × PRICE_SENSITIVE").contains("1 warning, no error.");
        assertThat(strict.exitCode()).isEqualTo(3);
        assertThat(strict.err()).contains("0 errors, 1 warning. The rule book cannot go live");
        assertThat(broken.exitCode()).isEqualTo(3);
        assertThat(broken.err()).contains("b.drl:8:45: rule \"Never\" can never fire: recencyDays > 90 and "
                + "recencyDays < 30 cannot both hold").contains("1 error, 1 warning.");
    }

    @Test
    void refusesToRunTheNightWithABrokenRuleBookNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path book = brokenRuleBook(dir);
        Map<String, Object> properties = Map.of("spring.datasource.url",
                "jdbc:h2:mem:broken;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "retention.rules.dir", book.toString());

        CommandLineRun run = CommandLineRun.of(properties, "run-nightly", "--date", "2026-11-23");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).containsPattern("broken\\.drl:9:\\d+: ").contains("Nothing was run");
    }

    @Test
    void previewSaysSoWhenNoFactsAreStoredYet() {
        Map<String, Object> properties = Map.of("spring.datasource.url",
                "jdbc:h2:mem:nofacts;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "retention.rules.dir", "../rules/rulebook");

        CommandLineRun run = CommandLineRun.of(properties, "rules", "preview", "../rules/rulebook");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no customer facts are stored yet").contains("run-nightly")
                .doesNotContain("\tat ");
    }

    @Test
    void reportsAnUnreachableDatabaseWithoutAStackTrace() {
        Map<String, Object> properties = Map.of("spring.datasource.url",
                "jdbc:mysql://127.0.0.1:1/retention?connectTimeout=2000", "spring.datasource.hikari.connection-timeout",
                "2000");

        CommandLineRun run = CommandLineRun.of(properties, "run-nightly", "--date", "2026-11-23");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).startsWith("Cannot reach the database").contains("RETENTION_DB_URL")
                .doesNotContain("\tat ");
    }

    @Test
    void fitsTheCustomerValueModelsOnASummaryFile() {
        CommandLineRun run = CommandLineRun.of("facts", "fit", "--summary", "../batch-jobs/src/test/resources/cdnow_sample_summary.csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow())
                .matches("r=0\\.24\\d+ alpha=4\\.41\\d+ a=0\\.79\\d+ b=2\\.42\\d+ p=6\\.2\\d+ q=3\\.7\\d+ gamma=15\\.4\\d+");
    }

    @Test
    void namesTheLineOfAMalformedSummaryFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "ID,x,t_x,T,zbar\n1,2,30.43,38.86,22.35\n2,abc,1,2,3\n");

        CommandLineRun run = CommandLineRun.of("facts", "fit", "--summary", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv:3").contains("'x'");
    }

    static Path brokenRuleBook(Path dir) throws IOException {
        Files.writeString(dir.resolve("actions.csv"), "code,kind,cost,description\nWINBACK_DISCOUNT,MESSAGE,50,d\n");
        Files.writeString(dir.resolve("broken.drl"), """
                package rulebook.broken;

                import retention.rules.facts.*;
                import function retention.rules.book.Proposals.propose;

                rule "Missing parenthesis"
                when
                    $c : CustomerProfile( stage == Stage.CHURNED
                then
                    propose($c, "WINBACK_DISCOUNT");
                end
                """);
        return dir;
    }
}
