package retention.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import retention.rules.book.RuleBook;
import retention.rules.book.RuleBookLoader;

/**
 * Commands for the rule book's owners. They work on the files alone, without the database.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with the rule book files.",
        subcommands = { RulesCommand.Validate.class, RulesTestCommand.class })
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Path defaultFolder() {
        return Path.of(System.getProperty("retention.home", "."), "rules", "rulebook").normalize();
    }

    /** Compiles the rule book and reports every problem as file:line:column: message. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check the rule book; every problem is printed as file:line:column: message.")
    static final class Validate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "Rule book folder (default: rules/rulebook).")
        Path dir;

        @Override
        public Integer call() {
            Path folder = dir != null ? dir : defaultFolder();
            RuleBook book = new RuleBookLoader().load(folder);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: %d rules in %d files, version %s. No problems found.%n", folder,
                    book.ruleNames().size(), book.files().size(), book.shortHash());
            return ExitCodes.OK;
        }
    }
}
