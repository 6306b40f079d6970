package retention.rules.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import retention.rules.arbitrate.ArbitrationPolicy;
import retention.rules.arbitrate.Arbitrator;
import retention.rules.arbitrate.Decision;
import retention.rules.arbitrate.DecisionStatus;
import retention.rules.book.Problem;
import retention.rules.book.Proposal;
import retention.rules.book.RuleBook;

/**
 * Runs scenarios against a compiled rule book: every scenario's customer is evaluated in one call, the proposals
 * are arbitrated as the nightly run does, and each scenario is judged on what goes ahead.
 * <ul>
 * <li>The planned actions must be exactly the expected ones with status PLANNED (any order);</li>
 * <li>an expected action with another status (OUTRANKED, SUPPRESSED) must be there with that status;</li>
 * <li>an action listed as absent must not be proposed by any rule.</li>
 * </ul>
 */
public final class ScenarioRunner {

    private final RuleBook book;
    private final Arbitrator arbitrator;

    public ScenarioRunner(RuleBook book, ArbitrationPolicy policy) {
        this.book = book;
        this.arbitrator = new Arbitrator(book.catalogue(), policy);
    }

    /** Expected and absent action codes the rule book's catalogue does not know: the scenario has a typo. */
    public List<Problem> check(List<Scenario> scenarios) {
        List<Problem> problems = new ArrayList<>();
        for (Scenario s : scenarios) {
            Set<String> codes = new LinkedHashSet<>(s.absent());
            s.expected().forEach(e -> codes.add(e.actionCode()));
            codes.stream().filter(code -> !book.catalogue().contains(code)).forEach(code -> problems.add(
                    new Problem(s.file(), s.line(), 0, "scenario '" + s.name() + "' names action " + code
                            + ", which is not in actions.csv")));
        }
        return problems;
    }

    public List<ScenarioResult> run(List<Scenario> scenarios) {
        List<Proposal> proposals = book.evaluate(scenarios.stream().map(Scenario::given).toList());
        Map<Long, List<Decision>> decisions = new LinkedHashMap<>();
        for (Decision d : arbitrator.arbitrate(proposals)) {
            decisions.computeIfAbsent(d.proposal().customerId(), id -> new ArrayList<>()).add(d);
        }
        Map<Long, Set<String>> fired = new LinkedHashMap<>();
        proposals.forEach(p -> fired.computeIfAbsent(p.customerId(), id -> new LinkedHashSet<>()).add(p.ruleName()));
        List<ScenarioResult> results = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            long id = s.given().customerId();
            List<Decision> forCustomer = decisions.getOrDefault(id, List.of());
            results.add(new ScenarioResult(s, forCustomer, fired.getOrDefault(id, Set.of()), failure(s, forCustomer)));
        }
        return results;
    }

    /** The rules of the book that no scenario fired, in file order: they are not tested. */
    public List<String> rulesNotFired(List<ScenarioResult> results) {
        Set<String> fired = results.stream().flatMap(r -> r.firedRules().stream()).collect(Collectors.toSet());
        return book.ruleNames().stream().filter(rule -> !fired.contains(rule)).toList();
    }

    private static String failure(Scenario scenario, List<Decision> decisions) {
        List<String> wrong = new ArrayList<>();
        List<ExpectedAction> planned = scenario.expected().stream()
                .filter(e -> e.status() == DecisionStatus.PLANNED).toList();
        long plannedCount = decisions.stream().filter(Decision::planned).count();
        boolean plannedMatch = plannedCount == planned.size()
                && planned.stream().allMatch(e -> decisions.stream().anyMatch(e::matches));
        if (!plannedMatch) {
            wrong.add("expected " + (planned.isEmpty() ? "no action"
                    : planned.stream().map(ExpectedAction::describe).collect(Collectors.joining(", ")))
                    + ", got " + actual(decisions));
        }
        scenario.expected().stream().filter(e -> !planned.contains(e))
                .filter(e -> decisions.stream().noneMatch(e::matches))
                .forEach(e -> wrong.add("expected " + e.describe() + ", got " + actual(decisions)));
        for (String code : scenario.absent()) {
            decisions.stream().filter(d -> d.proposal().actionCode().equals(code)).findFirst()
                    .ifPresent(d -> wrong.add("expected no " + code + ", but rule \"" + d.proposal().ruleName()
                            + "\" proposed it"));
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    /** Everything proposed, as a result line shows it: planned actions first, then the losers with their status. */
    private static String actual(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return "no proposal";
        }
        return decisions.stream().sorted((a, b) -> Boolean.compare(b.planned(), a.planned())).map(d -> {
            var p = d.proposal();
            String text = ScenarioResult.action(d);
            text += p.offer() == null ? "" : " offer \"" + p.offer() + "\"";
            text += p.template() == null ? "" : " template \"" + p.template() + "\"";
            return d.planned() ? text : text + " " + d.status();
        }).collect(Collectors.joining(", "));
    }
}
