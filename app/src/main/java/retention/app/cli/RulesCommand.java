package retention.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.rules.book.RuleBook;
import retention.rules.validate.RuleBookValidator;
import retention.rules.validate.ValidationReport;

/**
 * Commands for the rule book's owners. Validation works on the files alone; preview reads the stored facts.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with the rule book files.",
        subcommands = { RulesCommand.Validate.class, RulesTestCommand.class, RulesPreviewCommand.class })
final class RulesCommand implements Runnable {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Path defaultFolder() {
        return Path.of(System.getProperty("retention.home", "."), "rules", "rulebook").normalize();
    }

    /** Compiles the rule book, checks what it means, and reports every finding as file:line:column: message. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = { "Check the rule book; every problem is printed as file:line:column: message.",
                    "Errors (exit 3): anything that does not compile, unknown facts, actions, channels and templates, "
                            + "rules that can never fire.",
                    "Warnings (exit 0 unless --strict): stage x cause combinations no rule serves, rules that always "
                            + "conflict." })
    static final class Validate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "Rule book folder (default: rules/rulebook).")
        Path dir;

        @Option(names = "--strict", description = "Refuse warnings too: exit 3 when there is any.")
        boolean strict;

        @Override
        public Integer call() {
            Path folder = dir != null ? dir : defaultFolder();
            ValidationReport report = new RuleBookValidator().validate(folder);
            boolean passes = report.passes(strict);
            PrintWriter to = passes ? spec.commandLine().getOut() : spec.commandLine().getErr();
            report.findings().forEach(to::println);
            int errors = report.errors().size();
            int warnings = report.warnings().size();
            if (!passes) {
                to.printf("%s: %s, %s. The rule book cannot go live; fix the lines above.%n", folder,
                        count(errors, "error"), count(warnings, "warning"));
                return ExitCodes.INVALID_RULE_BOOK;
            }
            RuleBook book = report.book().orElseThrow();
            to.printf("%s: %d rules in %d files, version %s. %s%n", folder, book.ruleNames().size(),
                    book.files().size(), book.shortHash(),
                    warnings == 0 ? "No problems found." : count(warnings, "warning") + ", no error.");
            return ExitCodes.OK;
        }

        private static String count(int n, String what) {
            return n + " " + what + (n == 1 ? "" : "s");
        }
    }
}
