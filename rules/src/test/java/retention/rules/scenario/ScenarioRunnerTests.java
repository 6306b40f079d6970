package retention.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import retention.rules.arbitrate.ArbitrationPolicy;
import retention.rules.arbitrate.DecisionStatus;
import retention.rules.book.RuleBook;
import retention.rules.book.RuleBookLoader;
import retention.rules.book.RuleFile;
import retention.rules.facts.Channel;
import retention.rules.facts.ChurnCause;
import retention.rules.facts.CustomerProfile;
import retention.rules.facts.Stage;

class ScenarioRunnerTests {

    static final String CATALOGUE = """
            code,kind,cost,description
            WINBACK_DISCOUNT,MESSAGE,50,discount
            COMEBACK_GIFT,MESSAGE,15,gift
            STOP_CONTACT,SUPPRESS,0,stop
            """;
    static final String RULES = """
            package rulebook.test;

            import retention.rules.facts.*;
            import function retention.rules.book.Proposals.propose;

            rule "Discount"
                salience 60
            when
                $c : CustomerProfile( stage == Stage.CHURNED, hasCause(ChurnCause.PRICE_SENSITIVE) )
            then
                propose($c, "WINBACK_DISCOUNT").via(Channel.SMS).offer("50 off 300");
            end

            rule "Gift"
                salience 10
            when
                $c : CustomerProfile( stage == Stage.CHURNED )
            then
                propose($c, "COMEBACK_GIFT");
            end

            rule "Stop"
                salience 100
            when
                $c : CustomerProfile( stage == Stage.CHURNED, ignoredRecalls >= 3 )
            then
                propose($c, "STOP_CONTACT");
            end
            """;

    static ScenarioRunner runner;

    @BeforeAll
    static void compile() {
        RuleBook book = new RuleBookLoader().compile(List.of(file("actions.csv", CATALOGUE), file("test.drl", RULES)));
        runner = new ScenarioRunner(book, ArbitrationPolicy.DEFAULT);
    }

    @Test
    void passesWhenThePlannedActionsAreExactlyTheExpectedOnes() {
        ScenarioResult result = run(scenario(priceSensitive(), List.of(expect("WINBACK_DISCOUNT", Channel.SMS)), Set.of()));

        assertThat(result.passed()).isTrue();
        assertThat(result.line()).isEqualTo("PASS s: WINBACK_DISCOUNT via SMS");
        assertThat(result.firedRules()).containsExactlyInAnyOrder("Discount", "Gift");
    }

    @Test
    void failsNamingWhatWasExpectedAndWhatWasDecided() {
        ScenarioResult result = run(scenario(churned().build(), List.of(expect("WINBACK_DISCOUNT", Channel.SMS)), Set.of()));

        assertThat(result.line()).isEqualTo("FAIL s (tests/churned.yaml:7): expected WINBACK_DISCOUNT via SMS, "
                + "got COMEBACK_GIFT via SMS");
    }

    @Test
    void failsWhenAnUnexpectedActionAlsoGoesAhead() {
        ScenarioResult result = run(scenario(churned().build(), List.of(), Set.of()));

        assertThat(result.line()).endsWith("expected no action, got COMEBACK_GIFT via SMS");
    }

    @Test
    void checksTheChannelAndOfferOnlyWhenTheScenarioNamesThem() {
        ExpectedAction wrongOffer = new ExpectedAction("WINBACK_DISCOUNT", null, "60 off 300", null, null, null);

        assertThat(run(scenario(priceSensitive(), List.of(expect("WINBACK_DISCOUNT", null)), Set.of())).passed()).isTrue();
        assertThat(run(scenario(priceSensitive(), List.of(wrongOffer), Set.of())).line())
                .endsWith("expected WINBACK_DISCOUNT offer \"60 off 300\", got WINBACK_DISCOUNT via SMS offer "
                        + "\"50 off 300\", COMEBACK_GIFT via SMS OUTRANKED");
    }

    @Test
    void checksOutrankedAndSuppressedActionsWhenExpected() {
        ExpectedAction outranked = new ExpectedAction("COMEBACK_GIFT", null, null, null, DecisionStatus.OUTRANKED, null);
        ExpectedAction suppressed = new ExpectedAction("COMEBACK_GIFT", null, null, null, DecisionStatus.SUPPRESSED, null);
        CustomerProfile stopped = churned().ignoredRecalls(3).build();

        assertThat(run(scenario(priceSensitive(), List.of(expect("WINBACK_DISCOUNT", null), outranked), Set.of()))
                .passed()).isTrue();
        assertThat(run(scenario(stopped, List.of(expect("STOP_CONTACT", null), suppressed), Set.of())).line())
                .isEqualTo("PASS s: STOP_CONTACT");
        assertThat(run(scenario(priceSensitive(), List.of(expect("WINBACK_DISCOUNT", null), suppressed), Set.of()))
                .line()).contains("expected COMEBACK_GIFT SUPPRESSED, got");
    }

    @Test
    void failsANearMissWhoseActionIsProposedEvenIfOutranked() {
        ScenarioResult result = run(scenario(priceSensitive(), List.of(expect("WINBACK_DISCOUNT", null)),
                Set.of("COMEBACK_GIFT")));

        assertThat(result.line()).endsWith("expected no COMEBACK_GIFT, but rule \"Gift\" proposed it");
    }

    @Test
    void reportsActionCodesMissingFromTheCatalogue() {
        Scenario typo = scenario(priceSensitive(), List.of(expect("WINBAK_DISCOUNT", null)), Set.of("STOP"));

        assertThat(runner.check(List.of(typo))).extracting(Object::toString).containsExactly(
                "tests/churned.yaml:7:0: scenario 's' names action STOP, which is not in actions.csv",
                "tests/churned.yaml:7:0: scenario 's' names action WINBAK_DISCOUNT, which is not in actions.csv");
    }

    @Test
    void listsTheRulesNoScenarioFires() {
        List<ScenarioResult> results = runner.run(List.of(scenario(priceSensitive(), List.of(), Set.of())));

        assertThat(runner.rulesNotFired(results)).containsExactly("Stop");
    }

    private static ScenarioResult run(Scenario scenario) {
        return runner.run(List.of(scenario)).get(0);
    }

    private static Scenario scenario(CustomerProfile given, List<ExpectedAction> expected, Set<String> absent) {
        return new Scenario("s", "tests/churned.yaml", 7, given, expected, absent);
    }

    private static ExpectedAction expect(String code, Channel channel) {
        return new ExpectedAction(code, channel, null, null, null, null);
    }

    private static retention.rules.facts.CustomerProfileBuilder churned() {
        return CustomerProfile.builder(1).stage(Stage.CHURNED).recencyDays(120);
    }

    private static CustomerProfile priceSensitive() {
        return churned().cause(ChurnCause.PRICE_SENSITIVE, 0.8, false, "7 of 9 orders used a coupon").build();
    }

    private static RuleFile file(String name, String text) {
        return new RuleFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
