package retention.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesTestCommandTests {

    static final String RULES = """
            package rulebook.churned;

            import retention.rules.facts.*;
            import function retention.rules.book.Proposals.propose;

            rule "Churned: comeback discount"
                salience 60
            when
                $c : CustomerProfile( stage == Stage.CHURNED, daysSinceLastContact > 14 )
            then
                propose($c, "WINBACK_DISCOUNT").via(Channel.SMS);
            end
            """;

    @Test
    void passesTheDefaultRuleBooksScenariosOneLineEach() {
        CommandLineRun run = CommandLineRun.of("rules", "test", "../rules/rulebook");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("PASS churned-price-sensitive-exclusive-discount: WINBACK_DISCOUNT via SMS")
                .containsPattern("\\d+ scenarios: \\d+ passed, 0 failed").doesNotContain("FAIL ")
                .doesNotContain("no scenario fires");
    }

    @Test
    void failsNamingTheScenarioItsLineAndWhatWasDecided(@TempDir Path dir) throws IOException {
        Path book = book(dir, """
                scenarios:
                  - name: churned-gets-the-discount
                    given: {stage: CHURNED, daysSinceLastContact: 30}
                    expect: [WINBACK_DISCOUNT]
                  - name: churned-gets-a-gift
                    given: {stage: CHURNED, daysSinceLastContact: 30}
                    expect: [COMEBACK_GIFT]
                """);

        CommandLineRun run = CommandLineRun.of("rules", "test", book.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("PASS churned-gets-the-discount: WINBACK_DISCOUNT via SMS")
                .contains("FAIL churned-gets-a-gift (" + book.resolve("tests/churned.yaml") + ":5): expected "
                        + "COMEBACK_GIFT, got WINBACK_DISCOUNT via SMS")
                .contains("2 scenarios: 1 passed, 1 failed");
    }

    @Test
    void refusesAMalformedScenarioFileNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path book = book(dir, """
                scenarios:
                  - name: typo
                    given: {stage: CHURNED, recency: 120}
                    expect: none
                """);

        CommandLineRun run = CommandLineRun.of("rules", "test", book.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(book.resolve("tests/churned.yaml") + ":3:29: unknown fact 'recency'")
                .contains("No scenario was run");
        assertThat(run.out()).doesNotContain("PASS");
    }

    @Test
    void listsTheRulesNoScenarioFires(@TempDir Path dir) throws IOException {
        Path book = book(dir, """
                scenarios:
                  - name: active-gets-nothing
                    given: {stage: ACTIVE, daysSinceLastContact: 30}
                    expect: none
                """);

        CommandLineRun run = CommandLineRun.of("rules", "test", book.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 rule(s) no scenario fires, so nothing tests them:")
                .contains("\"Churned: comeback discount\" (churned.drl)");
    }

    @Test
    void refusesToTestABrokenRuleBook(@TempDir Path dir) throws IOException {
        CommandLineRun run = CommandLineRun.of("rules", "test", CommandLineTests.brokenRuleBook(dir).toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).containsPattern("broken\\.drl:9:\\d+: ");
    }

    private static Path book(Path dir, String scenarios) throws IOException {
        Files.writeString(dir.resolve("actions.csv"),
                "code,kind,cost,description\nWINBACK_DISCOUNT,MESSAGE,50,d\nCOMEBACK_GIFT,MESSAGE,15,g\n");
        Files.writeString(dir.resolve("churned.drl"), RULES);
        Files.createDirectories(dir.resolve("tests"));
        Files.writeString(dir.resolve("tests/churned.yaml"), scenarios);
        return dir;
    }
}
