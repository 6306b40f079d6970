package retention.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.batch.measure.AttributionProperties;
import retention.batch.measure.AttributionRun;

/**
 * Runs the attribution job as of a date.
 */
@Command(name = "attribute", mixinStandardHelpOptions = true,
        description = { "Credit each action, sent or held out, with the customer's first paid order in its window.",
                "Attributes the nights whose window was open on the date (and a week before, to catch up),",
                "counting orders placed up to the end of the date. Running it again for a date changes nothing." })
final class AttributeCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Attribute as of the end of this date (default: yesterday in the shop's time zone).")
    LocalDate date;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = root.launcher().command()) {
            LocalDate asOf = date != null ? date : RunNightlyCommand.today(context).minusDays(1);
            long attributed = context.getBean(AttributionRun.class).run(asOf);
            int window = context.getBean(AttributionProperties.class).windowDays();
            out.printf("Attributed %,d actions as of %s (%d-day window, orders up to the end of %s).%n", attributed,
                    asOf, window, asOf);
            out.println("See the uplift with ./retention report.");
            return ExitCodes.OK;
        }
    }
}
