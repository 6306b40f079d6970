package retention.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.app.schedule.ScheduleProperties;
import retention.batch.nightly.NightlyRun;
import retention.batch.nightly.NightlyRunResult;
import retention.batch.nightly.RunOutcome;
import retention.batch.nightly.RunProgress;

/**
 * Runs the nightly retention job once, for today, a given date, or a range of past dates.
 */
@Command(name = "run-nightly", mixinStandardHelpOptions = true,
        description = { "Evaluate every customer against the rule book for one night and record the actions.",
                "Only data before the run date counts, so a backfill sees what that night would have seen.",
                "A date that completed is not run again unless --force; a date that failed resumes where it stopped." })
final class RunNightlyCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Dates dates = new Dates();

    @Option(names = "--force", description = "Run a completed date again, replacing its actions and unsent messages.")
    boolean force;

    static final class Dates {

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
                description = "The run date (default: today in the shop's time zone).")
        LocalDate date;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
                description = "First date of a backfill.")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
                description = "Last date of a backfill, included.")
        LocalDate to;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = root.launcher().command();
                AutoCloseable progress = context.getBean(RunProgress.class).subscribe(line -> {
                    out.println("  " + line);
                    out.flush();
                })) {
            NightlyRun nightlyRun = context.getBean(NightlyRun.class);
            List<NightlyRunResult> results = dates.range != null
                    ? nightlyRun.runRange(dates.range.from, dates.range.to, force)
                    : List.of(nightlyRun.run(dates.date != null ? dates.date : today(context), force));
            for (NightlyRunResult result : results) {
                NightlyReport.print(out, result);
                out.println();
            }
            return results.stream().anyMatch(r -> r.outcome() == RunOutcome.FAILED) ? ExitCodes.FAILURE : ExitCodes.OK;
        }
    }

    static LocalDate today(ConfigurableApplicationContext context) {
        ScheduleProperties schedule = context.getBean(ScheduleProperties.class);
        return LocalDate.now(context.getBean(Clock.class).withZone(schedule.zone()));
    }
}
