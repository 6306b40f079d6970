package retention.rules.scenario;

import java.util.List;
import java.util.Set;

import retention.rules.facts.CustomerProfile;

/**
 * One scenario: a customer's facts and what the rule book must decide for them.
 *
 * @param name the scenario's name, unique in the suite
 * @param file the scenario file, relative to the scenario folder
 * @param line the line the scenario starts on
 * @param given the customer the rules see
 * @param expected the actions that must go ahead after arbitration, exactly (empty: none), and any expected
 *        with another status (outranked, suppressed)
 * @param absent action codes no rule may propose for this customer at all
 */
public record Scenario(String name, String file, int line, CustomerProfile given, List<ExpectedAction> expected,
        Set<String> absent) {

    public Scenario {
        expected = List.copyOf(expected);
        absent = Set.copyOf(absent);
    }

    /** Where the scenario is written, as {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }
}
