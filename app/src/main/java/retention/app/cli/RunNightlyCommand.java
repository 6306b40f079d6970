package retention.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.app.schedule.ScheduleProperties;
import retention.batch.nightly.NightlyRun;
import retention.batch.nightly.NightlyRunResult;
import retention.batch.nightly.RunOutcome;

/**
 * Runs the nightly retention job once, for today or a given date.
 */
@Command(name = "run-nightly", mixinStandardHelpOptions = true,
        description = { "Evaluate every customer against the rule book for one night and record the actions.",
                "A date that already completed is not run again; a date that failed resumes where it stopped." })
final class RunNightlyCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Dates.class,
            description = "The run date; only data before it counts (default: today in the shop's time zone).")
    LocalDate date;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = root.launcher().command()) {
            LocalDate runDate = date != null ? date : today(context);
            NightlyRunResult result = context.getBean(NightlyRun.class).run(runDate);
            NightlyReport.print(out, result);
            return result.outcome() == RunOutcome.FAILED ? ExitCodes.FAILURE : ExitCodes.OK;
        }
    }

    static LocalDate today(ConfigurableApplicationContext context) {
        ScheduleProperties schedule = context.getBean(ScheduleProperties.class);
        return LocalDate.now(context.getBean(Clock.class).withZone(schedule.zone()));
    }
}
