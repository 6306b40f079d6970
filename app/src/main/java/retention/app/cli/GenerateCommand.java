package retention.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.db.generate.GenerationReport;
import retention.db.generate.GeneratorSettings;
import retention.db.generate.ShopGenerator;

/**
 * Fills the database with a believable synthetic shop whose planted truth is recorded.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = { "Generate a synthetic shop: customers in every lifecycle stage, each churn cause planted,",
                "a year of orders, service interactions, site visits and contacts. Deterministic for a seed.",
                "The planted truth is kept in table planted_truth." })
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", defaultValue = "5000", description = "Customers, 100 to 1,000,000 (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The date the history leads up to (default: today in the shop's time zone).")
    LocalDate asOf;

    @Option(names = "--replace", description = "Replace the shop already in the database (its customers, orders, "
            + "interactions, visits and contacts). The action log is kept.")
    boolean replace;

    @Option(names = "--bad-rows", defaultValue = "0", paramLabel = "SHARE",
            description = "Share of deliberately bad rows to add, 0 to 0.05, to exercise bad-data handling (default: 0).")
    double badRows;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = root.launcher().command()) {
            LocalDate date = asOf != null ? asOf : RunNightlyCommand.today(context);
            GeneratorSettings settings = settings(date);
            GenerationReport report = new ShopGenerator(context.getBean(DataSource.class))
                    .generate(settings, message -> out.println("  " + message));
            print(out, report);
            return ExitCodes.OK;
        }
    }

    private GeneratorSettings settings(LocalDate date) {
        try {
            return new GeneratorSettings(customers, seed, date, badRows, replace);
        }
        catch (IllegalArgumentException ex) {
            throw new CommandException(ex.getMessage(), ExitCodes.USAGE);
        }
    }

    static void print(PrintWriter out, GenerationReport report) {
        out.printf("Generated %,d customers, %,d orders, %,d interactions, %,d site visits, %,d contacts in %.1f s.%n",
                report.customers(), report.orders(), report.interactions(), report.siteVisits(), report.contacts(),
                report.millis() / 1000.0);
        out.println("  planted stages: " + report.plantedStages());
        out.println("  planted causes: " + report.plantedCauses());
        if (report.badRows() > 0) {
            out.printf("  bad rows: %,d%n", report.badRows());
        }
    }
}
