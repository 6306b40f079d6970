package retention.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import retention.rules.arbitrate.ArbitrationPolicy;
import retention.rules.book.Problem;
import retention.rules.book.RuleBook;
import retention.rules.book.RuleBookLoader;
import retention.rules.scenario.ScenarioResult;
import retention.rules.scenario.ScenarioRunner;
import retention.rules.scenario.ScenarioSuite;

/**
 * Runs the rule book's scenario tests: given these facts, expect these actions. Works on the files alone.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = { "Run the rule book's scenario tests (DIR/tests/*.yaml), one line per scenario.",
                "Exit 0 when all pass, 1 when one fails, 2 when a scenario file is malformed,",
                "3 when the rule book itself has errors." })
final class RulesTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Rule book folder (default: rules/rulebook).")
    Path dir;

    @Option(names = "--scenarios", paramLabel = "FOLDER", description = "Scenario folder (default: DIR/tests).")
    Path scenarios;

    @Option(names = "--max-messages-per-day", paramLabel = "N", defaultValue = "1",
            description = "Messages one customer may receive per night, as in the nightly run (default: ${DEFAULT-VALUE}).")
    int maxMessagesPerDay;

    @Override
    public Integer call() {
        Path folder = dir != null ? dir : RulesCommand.defaultFolder();
        RuleBook book = new RuleBookLoader().load(folder);
        ScenarioSuite suite = ScenarioSuite.read(scenarios != null ? scenarios : ScenarioSuite.folderOf(folder));
        ScenarioRunner runner = new ScenarioRunner(book, new ArbitrationPolicy(maxMessagesPerDay));
        List<Problem> problems = new ArrayList<>(suite.problems());
        problems.addAll(runner.check(suite.scenarios()));
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("The scenario files have errors:");
            problems.forEach(p -> err.println("  " + p));
            err.println("No scenario was run. Fix the lines above and try again.");
            return ExitCodes.USAGE;
        }
        long start = System.nanoTime();
        List<ScenarioResult> results = runner.run(suite.scenarios());
        double seconds = (System.nanoTime() - start) / 1e9;
        return report(book, results, runner.rulesNotFired(results), seconds);
    }

    private int report(RuleBook book, List<ScenarioResult> results, List<String> untested, double seconds) {
        PrintWriter out = spec.commandLine().getOut();
        results.forEach(r -> out.println(r.line()));
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.println();
        out.printf("%d scenarios: %d passed, %d failed, in %.1f s (rule book version %s, %d rules).%n", results.size(),
                results.size() - failed, failed, seconds, book.shortHash(), book.ruleNames().size());
        if (!untested.isEmpty()) {
            out.printf("%d rule(s) no scenario fires, so nothing tests them:%n", untested.size());
            untested.forEach(rule -> out.printf("  \"%s\" (%s)%n", rule, book.fileOf(rule)));
        }
        return failed > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
