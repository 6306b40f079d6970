package retention.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import retention.rules.arbitrate.ArbitrationPolicy;
import retention.rules.arbitrate.Decision;
import retention.rules.book.RuleBook;
import retention.rules.book.RuleBookLoader;

/**
 * The default rule book's own scenarios, in rulebook/tests: all pass, every rule is fired by one of them, and every
 * rule has a near miss, a scenario in which it does not fire and its action is expected absent.
 */
class DefaultRuleBookScenarioTests {

    static RuleBook book;
    static ScenarioSuite suite;
    static ScenarioRunner runner;
    static List<ScenarioResult> results;

    @BeforeAll
    static void run() {
        book = new RuleBookLoader().load(Path.of("rulebook"));
        suite = ScenarioSuite.read(ScenarioSuite.folderOf(Path.of("rulebook")));
        runner = new ScenarioRunner(book, ArbitrationPolicy.DEFAULT);
        results = suite.malformed() ? List.of() : runner.run(suite.scenarios());
    }

    @Test
    void readsEveryScenarioFileWithoutProblems() {
        assertThat(suite.problems()).isEmpty();
        assertThat(runner.check(suite.scenarios())).isEmpty();
    }

    @Test
    void passesEveryScenario() {
        assertThat(results).isNotEmpty();
        assertThat(results).filteredOn(r -> !r.passed()).extracting(ScenarioResult::line).isEmpty();
    }

    @Test
    void firesEveryRuleInSomeScenario() {
        assertThat(runner.rulesNotFired(results)).isEmpty();
    }

    @Test
    void givesEveryRuleANearMissInWhichItsActionIsAbsent() {
        Map<String, Set<String>> actionsByRule = new LinkedHashMap<>();
        for (ScenarioResult r : results) {
            for (Decision d : r.decisions()) {
                actionsByRule.computeIfAbsent(d.proposal().ruleName(), k -> new java.util.HashSet<>())
                        .add(d.proposal().actionCode());
            }
        }
        List<String> withoutNearMiss = new ArrayList<>();
        actionsByRule.forEach((rule, actions) -> {
            boolean nearMiss = results.stream().anyMatch(r -> !r.firedRules().contains(rule)
                    && r.scenario().absent().stream().anyMatch(actions::contains));
            if (!nearMiss) {
                withoutNearMiss.add(rule);
            }
        });
        assertThat(withoutNearMiss).isEmpty();
    }

    @Test
    void printsOneLinePerScenario() {
        assertThat(results).extracting(ScenarioResult::line)
                .contains("PASS churned-price-sensitive-exclusive-discount: WINBACK_DISCOUNT via SMS",
                        "PASS churned-six-months-and-a-day-ago-no-comeback-gift: no action");
        assertThat(results.stream().map(r -> r.scenario().name()).collect(Collectors.toSet())).hasSize(results.size());
    }
}
