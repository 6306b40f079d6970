package retention.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import retention.rules.arbitrate.DecisionStatus;
import retention.rules.book.Problem;
import retention.rules.facts.Channel;
import retention.rules.facts.ChurnCause;
import retention.rules.facts.Stage;

class ScenarioSuiteTests {

    @TempDir
    Path dir;

    @Test
    void readsFactsExpectationsAndDefaults() throws IOException {
        write("churned.yaml", """
                defaults:
                  stage: CHURNED
                  daysSinceLastContact: 30
                scenarios:
                  - name: price
                    given:
                      recencyDays: 120
                      pAlive: 0.4
                      clv12m: 300.50
                      reachableChannels: [SMS, wechat]
                      causes:
                        - PRICE_SENSITIVE
                        - cause: SERVICE_DISSATISFIED
                          direct: true
                          evidence: "complaint #12 unresolved for 52 h"
                    expect:
                      - action: WINBACK_DISCOUNT
                        channel: SMS
                        offer: 50 off 300, only for you
                      - action: COMEBACK_GIFT
                        status: outranked
                    absent: [STOP_CONTACT]
                """);

        ScenarioSuite suite = ScenarioSuite.read(dir);

        assertThat(suite.problems()).isEmpty();
        Scenario scenario = suite.scenarios().get(0);
        assertThat(scenario.name()).isEqualTo("price");
        assertThat(scenario.line()).isEqualTo(5);
        assertThat(scenario.given().stage()).isEqualTo(Stage.CHURNED);
        assertThat(scenario.given().daysSinceLastContact()).isEqualTo(30);
        assertThat(scenario.given().recencyDays()).isEqualTo(120);
        assertThat(scenario.given().clv12m()).isEqualByComparingTo("300.50");
        assertThat(scenario.given().reachableChannels()).containsExactlyInAnyOrder(Channel.SMS, Channel.WECHAT);
        assertThat(scenario.given().hasCause(ChurnCause.PRICE_SENSITIVE)).isTrue();
        assertThat(scenario.given().hasDirectCause(ChurnCause.SERVICE_DISSATISFIED)).isTrue();
        assertThat(scenario.given().evidenceFor(ChurnCause.SERVICE_DISSATISFIED)).isEqualTo("complaint #12 unresolved for 52 h");
        assertThat(scenario.expected()).containsExactly(
                new ExpectedAction("WINBACK_DISCOUNT", Channel.SMS, "50 off 300, only for you", null, null, null),
                new ExpectedAction("COMEBACK_GIFT", null, null, null, DecisionStatus.OUTRANKED, null));
        assertThat(scenario.absent()).containsExactly("STOP_CONTACT");
    }

    @Test
    void readsNoneAsNoActionExpected() throws IOException {
        write("a.yaml", "scenarios:\n  - name: quiet\n    given: {stage: ACTIVE}\n    expect: none\n");

        assertThat(ScenarioSuite.read(dir).scenarios()).singleElement()
                .satisfies(s -> assertThat(s.expected()).isEmpty());
    }

    @Test
    void namesFileLineAndColumnOfAnUnknownFact() throws IOException {
        Path file = write("churned.yaml", """
                scenarios:
                  - name: typo
                    given:
                      stage: CHURNED
                      recency: 120
                    expect: none
                """);

        assertThat(ScenarioSuite.read(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.message()).isEqualTo("unknown fact 'recency'; the facts a rule can use are listed in "
                    + "docs/facts.md (did you mean 'recencyDays'?)");
        });
    }

    @Test
    void namesEachBadValueWithWhatWasExpected() throws IOException {
        write("bad.yaml", """
                scenarios:
                  - name: bad values
                    given:
                      stage: CHURN
                      recencyDays: soon
                      npsDetractor: maybe
                      causes: [PRICE]
                    expect:
                      - action: WINBACK_DISCOUNT
                        channel: FAX
                        status: LOST
                """);

        assertThat(ScenarioSuite.read(dir).problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(4, "stage: 'CHURN' is not one of POTENTIAL, NEW, ACTIVE, LOYAL, AT_RISK, CHURNED"),
                tuple(5, "recencyDays: 'soon' is not a whole number"),
                tuple(6, "npsDetractor: 'maybe' is not true or false"),
                tuple(7, "cause: 'PRICE' is not one of PRICE_SENSITIVE, SERVICE_DISSATISFIED, "
                        + "NEEDS_CHANGED, POOR_EXPERIENCE, COMPETITOR_PULL, SECURITY_CONCERN, LOCALIZATION_GAP, NOT_PERSONALIZED"),
                tuple(10, "unknown channel 'FAX' (known: SMS, EMAIL, WECHAT, PUSH, PHONE, LOG)"),
                tuple(11, "status 'LOST' is not one of PLANNED, OUTRANKED, SUPPRESSED"));
    }

    @Test
    void refusesUnknownKeysMissingExpectationsAndDuplicateNames() throws IOException {
        write("a.yaml", """
                scenarios:
                  - name: twice
                    given: {stage: NEW}
                    expect: none
                  - name: twice
                    givn: {stage: NEW}
                    expect: none
                  - name: no expectation
                    given: {stage: NEW}
                """);

        assertThat(ScenarioSuite.read(dir).problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(6, "unknown field 'givn' in a scenario; expected one of absent, expect, "
                        + "given, name"),
                tuple(8, "scenario 'no expectation' needs 'expect:', the actions it expects "
                        + "or 'none'"));
    }

    @Test
    void refusesTheSameScenarioNameInTwoFiles() throws IOException {
        write("a.yaml", "scenarios:\n  - name: same\n    given: {stage: NEW}\n    expect: none\n");
        write("b.yaml", "scenarios:\n  - name: same\n    given: {stage: NEW}\n    expect: none\n");

        assertThat(ScenarioSuite.read(dir).problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).endsWith("b.yaml:2:0: scenario name 'same' is already used at "
                        + dir.resolve("a.yaml") + ":2; names must be unique"));
    }

    @Test
    void reportsInvalidYamlAtItsPosition() throws IOException {
        write("a.yaml", "scenarios:\n  - name: x\n    given: {stage: NEW\n    expect: none\n");

        assertThat(ScenarioSuite.read(dir).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));
    }

    @Test
    void reportsAFolderWithoutScenarios() {
        assertThat(ScenarioSuite.read(dir).problems()).extracting(Problem::message)
                .containsExactly("no scenario file (*.yaml) in this folder");
        assertThat(ScenarioSuite.read(dir.resolve("missing")).malformed()).isTrue();
    }

    @Test
    void givesEachScenarioItsOwnCustomer() throws IOException {
        write("a.yaml", "scenarios:\n  - name: one\n    given: {}\n    expect: none\n"
                + "  - name: two\n    given: {}\n    expect: none\n");

        assertThat(ScenarioSuite.read(dir).scenarios()).extracting(s -> s.given().customerId())
                .doesNotHaveDuplicates();
    }

    @Test
    void refusesACustomerIdBecauseEachScenarioIsACustomerOfItsOwn() throws IOException {
        write("a.yaml", "scenarios:\n  - name: one\n    given: {customerId: 7}\n    expect: none\n");

        assertThat(ScenarioSuite.read(dir).problems()).extracting(Problem::message)
                .containsExactly("customerId is set by the runner: each scenario is a customer of its own");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
