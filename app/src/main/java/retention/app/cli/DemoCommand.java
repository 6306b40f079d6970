package retention.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.batch.nightly.NightlyRun;
import retention.batch.nightly.NightlyRunResult;
import retention.batch.nightly.RunOutcome;
import retention.db.generate.GeneratorSettings;
import retention.db.generate.ShopGenerator;

/**
 * The quick start: a demo shop in the embedded database and tonight's run over it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = { "Create a demo shop in the embedded database under ./data (once) and run tonight's",
                "retention job over it. Running it again the same day adds nothing." })
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", defaultValue = "5000", description = "Customers in the demo shop (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the demo shop (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // Every channel writes to data/messages.log: the demo sends nothing anywhere.
        try (ConfigurableApplicationContext context = root.launcher().command(
                Map.of("retention.dispatch.redirect-to-log", "true"))) {
            out.println("Database: " + Databases.describe(context));
            LocalDate today = RunNightlyCommand.today(context);
            long existing = JdbcClient.create(context.getBean(DataSource.class))
                    .sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
            if (existing == 0) {
                out.printf("Generating a demo shop of %,d customers (seed %d, history up to %s)...%n", customers, seed, today);
                GenerateCommand.print(out, new ShopGenerator(context.getBean(DataSource.class))
                        .generate(new GeneratorSettings(customers, seed, today, 0, false), message -> { }));
            }
            else {
                out.printf("Using the shop already in the database (%,d customers); delete ./data to start over.%n", existing);
            }
            out.println();
            NightlyRunResult result = context.getBean(NightlyRun.class).run(today);
            NightlyReport.print(out, result);
            if (result.outcome() != RunOutcome.FAILED) {
                out.println();
                DemoMessages.dispatchToday(out, context, today);
            }
            out.println();
            out.println("Look at the action log (what was done to whom, by which rule, on which facts):");
            out.printf("  ./retention actions --date %s%n", today);
            out.printf("  ./retention actions --date %s --action WINBACK_DISCOUNT --limit 5%n", today);
            return result.outcome() == RunOutcome.FAILED ? ExitCodes.FAILURE : ExitCodes.OK;
        }
    }
}
