package retention.rules.scenario;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import retention.rules.arbitrate.Decision;
import retention.rules.book.ActionKind;

/**
 * What the rule book decided for one scenario, and whether that is what the scenario expects.
 *
 * @param scenario the scenario
 * @param decisions every proposal made for the customer, with its arbitration outcome
 * @param firedRules the rules that fired for the customer
 * @param failure why the scenario fails, or null when it passes
 */
public record ScenarioResult(Scenario scenario, List<Decision> decisions, Set<String> firedRules, String failure) {

    public ScenarioResult {
        decisions = List.copyOf(decisions);
        firedRules = Set.copyOf(firedRules);
    }

    public boolean passed() {
        return failure == null;
    }

    /**
     * The result as one line: {@code PASS churned-price-sensitive: WINBACK_DISCOUNT via SMS} or
     * {@code FAIL churned-price-sensitive (tests/churned.yaml:12): expected ..., got ...}.
     */
    public String line() {
        if (passed()) {
            return "PASS " + scenario.name() + ": " + planned(decisions);
        }
        return "FAIL " + scenario.name() + " (" + scenario.location() + "): " + failure;
    }

    /** The actions that go ahead, highest priority first, or "no action". */
    static String planned(List<Decision> decisions) {
        String planned = decisions.stream().filter(Decision::planned).map(ScenarioResult::action)
                .collect(Collectors.joining(", "));
        return planned.isEmpty() ? "no action" : planned;
    }

    /** {@code WINBACK_DISCOUNT via SMS}; a stop-contact has no channel. */
    static String action(Decision decision) {
        String code = decision.proposal().actionCode();
        return decision.kind() == ActionKind.SUPPRESS ? code : code + " via " + decision.proposal().channel();
    }
}
