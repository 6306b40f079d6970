package retention.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.batch.preview.PreviewChange;
import retention.batch.preview.PreviewExample;
import retention.batch.preview.PreviewReport;
import retention.batch.preview.RuleBookPreview;

/**
 * Shows what a candidate rule book would change on the stored customer facts before it goes live.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = { "Evaluate a candidate rule book on the stored customer facts and compare it with the live one.",
                "Prints the actions added, removed and changed, messages and offer cost before -> after, and example "
                        + "customers. Writes nothing." })
final class RulesPreviewCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand rules;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "The candidate rule book folder (default: rules/rulebook, to compare the files on disk "
                    + "with the version the service runs).")
    Path dir;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The run date whose stored facts are evaluated (default: the latest).")
    LocalDate date;

    @Override
    public Integer call() {
        Path candidate = dir != null ? dir : RulesCommand.defaultFolder();
        try (ConfigurableApplicationContext context = rules.root.launcher().command()) {
            PreviewReport report = context.getBean(RuleBookPreview.class).preview(candidate, Optional.ofNullable(date));
            print(spec.commandLine().getOut(), report);
            return ExitCodes.OK;
        }
    }

    static void print(PrintWriter out, PreviewReport report) {
        out.printf("Preview of %s against the live rule book %s, on the facts of %s%n", report.candidate(),
                report.live(), report.runDate());
        out.printf(Locale.ROOT, "  customers evaluated    %,d%n", report.customers());
        out.printf(Locale.ROOT, "  planned messages       %,d → %,d%n", report.messagesBefore(), report.messagesAfter());
        out.printf(Locale.ROOT, "  estimated offer cost   %,.2f → %,.2f%n", report.costBefore(), report.costAfter());
        out.println();
        if (report.changes().isEmpty()) {
            out.println("No planned action changes.");
        }
        for (PreviewChange change : report.changes()) {
            out.printf(Locale.ROOT, "  %-8s %-28s %-16s %,d customer%s%n", change.kind().name().toLowerCase(Locale.ROOT),
                    change.actionCode(), change.channel(), change.customers(), change.customers() == 1 ? "" : "s");
            for (PreviewExample example : change.examples()) {
                out.printf("      customer %d: rule \"%s\"%s%s%n", example.customerId(), example.rule(),
                        example.explanation().isEmpty() ? "" : "; " + example.explanation(),
                        example.before() == null ? "" : " (was " + example.before() + ")");
            }
        }
        out.println("Nothing was written: no action, no message, no rule book version.");
    }
}
