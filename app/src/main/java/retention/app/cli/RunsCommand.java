package retention.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.batch.report.RunReport;
import retention.batch.report.RunReportCount;
import retention.batch.report.RunReports;

/**
 * Lists the stored run reports, or shows one.
 */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List the nightly runs with their outcome, or show one run's report.",
        subcommands = RunsCommand.Show.class)
final class RunsCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "20", description = "Runs to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = root.launcher().command()) {
            List<RunReport> runs = context.getBean(RunReports.class).latest(Math.max(1, Math.min(limit, 1000)));
            if (runs.isEmpty()) {
                out.println("No runs yet. Start one with ./retention run-nightly.");
                return ExitCodes.OK;
            }
            out.printf("%8s  %-10s  %-9s %-6s  %10s  %9s  %9s  %8s  %s%n", "run", "date", "status", "forced",
                    "customers", "actions", "messages", "skipped", "took");
            for (RunReport r : runs) {
                out.printf("%8d  %-10s  %-9s %-6s  %,10d  %,9d  %,9d  %,8d  %s%n", r.executionId(), r.runDate(),
                        r.status(), r.forced() ? "yes" : "", r.customersEvaluated(), r.actions(), r.messagesPlanned(),
                        r.rowsSkipped(), r.endedAt() == null ? "" : NightlyReport.seconds(Duration.between(r.startedAt(), r.endedAt())));
            }
            out.println("Show one with ./retention runs show RUN.");
            return ExitCodes.OK;
        }
    }

    /** Prints one run's report in full. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the report of one run.")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        RunsCommand runs;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RUN", description = "The run number, as listed by ./retention runs.")
        long executionId;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = runs.root.launcher().command()) {
                RunReport r = context.getBean(RunReports.class).find(executionId).orElseThrow(() ->
                        new CommandException("No run " + executionId + "; ./retention runs lists them.", ExitCodes.USAGE));
                out.printf("Run %d for %s: %s%s, %s to %s%n", r.executionId(), r.runDate(), r.status(),
                        r.forced() ? " (forced re-run)" : "", r.startedAt(), r.endedAt());
                if (r.failure() != null) {
                    out.println("  failure: " + r.failure());
                }
                out.printf("  customers evaluated %,d; actions %,d; messages planned %,d; bad rows skipped %,d; "
                        + "rule book version %s%n", r.customersEvaluated(), r.actions(), r.messagesPlanned(),
                        r.rowsSkipped(), r.ruleBookVersionId() == null ? "?" : "v" + r.ruleBookVersionId());
                section(out, "Steps (ms)", r.section("STEP"));
                section(out, "Actions by code, channel and status", r.section("ACTION"));
                section(out, "Actions by rule and status", r.section("RULE"));
                section(out, "Why actions did not go ahead", r.section("REASON"));
                section(out, "Skipped rows by table and reason", r.section("SKIP"));
                return ExitCodes.OK;
            }
        }

        private static void section(PrintWriter out, String title, List<RunReportCount> lines) {
            if (lines.isEmpty()) {
                return;
            }
            out.println();
            out.println(title + ":");
            for (RunReportCount line : lines) {
                out.printf("  %,10d  %s%s%n", line.count(), line.name(), line.detail().isEmpty() ? "" : "  " + line.detail());
            }
        }
    }
}
