package retention.app.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.app.bench.Benchmarks;
import retention.app.bench.DecisionChecksum;
import retention.app.bench.Floors;
import retention.batch.features.FeatureSnapshot;
import retention.batch.nightly.NightlyRun;
import retention.batch.nightly.NightlyRunResult;
import retention.batch.nightly.RunOutcome;
import retention.batch.nightly.RunProgress;
import retention.db.generate.GenerationReport;
import retention.db.generate.GeneratorSettings;
import retention.db.generate.ShopGenerator;

/**
 * Times the whole nightly job on a shop of a given size, then the same job with the rule engine replaced by
 * hand-written Java that makes the same decisions, then the machine's floor for its heaviest SQL.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = { "Benchmark the nightly run on the configured MySQL/MariaDB database: generate a shop of N",
                "customers (about 11 orders each) or reuse the one there, time the nightly job with the rule book, then",
                "with hand-written Java making the same decisions, then the bare SQL floors. The last line is",
                "customers=N total_s=… customers_per_s=… rules_vs_handwritten=…. It replaces the date's actions:",
                "use a database of its own." })
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", required = true, description = "Customers in the shop, 100 to 1,000,000.")
    int customers;

    @Option(names = "--seed", defaultValue = "7",
            description = "Random seed when the shop is generated (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The night to run (default: the day after the shop's last order; today for a new shop).")
    LocalDate date;

    @Option(names = "--no-floors",
            description = "Skip the SQL floors (they take about as long as one run's features step).")
    boolean noFloors;

    @Option(names = "--floors-only", description = "Measure only the floors, on the actions an earlier bench left.")
    boolean floorsOnly;

    @Option(names = "--rules-only",
            description = "Time only the run with the rule book: no hand-written run and no comparison, for quicker "
                    + "comparisons of two builds.")
    boolean rulesOnly;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (customers < GeneratorSettings.MIN_CUSTOMERS || customers > GeneratorSettings.MAX_CUSTOMERS) {
            throw new CommandException("--customers must be from " + GeneratorSettings.MIN_CUSTOMERS + " to "
                    + GeneratorSettings.MAX_CUSTOMERS + ", not " + customers, ExitCodes.USAGE);
        }
        if (noFloors && floorsOnly) {
            throw new CommandException("--no-floors and --floors-only contradict each other: choose one",
                    ExitCodes.USAGE);
        }
        if (rulesOnly && floorsOnly) {
            throw new CommandException("--rules-only and --floors-only contradict each other: choose one",
                    ExitCodes.USAGE);
        }
        LocalDate night;
        String url = root.launcher().property("spring.datasource.url", "RETENTION_DB_URL");
        if (url == null || url.isBlank() || url.startsWith("jdbc:h2:")) {
            throw new CommandException("bench measures the nightly run on MySQL or MariaDB: set RETENTION_DB_URL "
                    + "(and RETENTION_DB_USER, RETENTION_DB_PASSWORD) to a database of its own", ExitCodes.USAGE);
        }
        try (ConfigurableApplicationContext context = root.launcher().command()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            out.println("Machine: " + Benchmarks.machine(jdbc));
            out.println("Database: " + Databases.describe(context));
            night = shop(context, jdbc, out);
            out.println("Night: " + night);
            out.flush();
        }

        if (floorsOnly) {
            try (ConfigurableApplicationContext context = root.launcher().command()) {
                if (DecisionChecksum.of(context.getBean(JdbcClient.class), night).actions() == 0) {
                    throw new CommandException("--floors-only needs the actions of " + night + ": run bench without "
                            + "it first", ExitCodes.USAGE);
                }
                out.println();
                printFloors(context, night, out);
            }
            return ExitCodes.OK;
        }
        Timed handwritten = rulesOnly ? null : timedRun("hand-written Java", night,
                root.launcher().with(Map.of(Benchmarks.HANDWRITTEN_PROPERTY, "true")), out);
        Timed rules = timedRun("the rule book", night, root.launcher(), out);
        out.println();
        if (!noFloors) {
            try (ConfigurableApplicationContext context = root.launcher().command()) {
                printFloors(context, night, out);
            }
        }

        double total = seconds(rules.result().duration());
        long customersEvaluated = rules.result().customersEvaluated();
        out.printf("%-22s %s%n", "rule book:", times(rules.result()));
        if (handwritten == null) {
            out.printf("customers=%d total_s=%.1f customers_per_s=%.0f rules_vs_handwritten=n/a%n", customersEvaluated,
                    total, customersEvaluated / total);
            out.flush();
            return ExitCodes.OK;
        }
        boolean same = handwritten.decisions().equals(rules.decisions());
        double ratio = ratio(rules.result().duration(), handwritten.result().duration());
        out.printf("%-22s %s%n", "hand-written Java:", times(handwritten.result()));
        out.printf("%-22s %s (%,d actions each; checksum %d vs %d)%n", "same decisions:", same ? "yes" : "NO",
                rules.decisions().actions(), rules.decisions().checksum(), handwritten.decisions().checksum());
        out.printf("%-22s evaluateRulesStep %.2f, whole job %.2f%n", "rules / hand-written:",
                ratio(step(rules.result(), "evaluateRulesStep"), step(handwritten.result(), "evaluateRulesStep")),
                ratio);
        out.printf("customers=%d total_s=%.1f customers_per_s=%.0f rules_vs_handwritten=%.2f%n", customersEvaluated,
                total, customersEvaluated / total, ratio);
        out.flush();
        return same ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** The floors, measured in scratch tables on the night's data; LOAD DATA only where the server allows it. */
    private static void printFloors(ConfigurableApplicationContext context, LocalDate night, PrintWriter out)
            throws SQLException {
        Floors floors = new Floors(context.getBean(DataSource.class));
        Floors.Floor aggregation = floors.aggregation(night);
        out.printf("%-22s %.1f s to %s, %,d customers%n", "floor, SQL:", seconds(aggregation.time()),
                aggregation.what(), aggregation.rows());
        Floors.Floor insert = floors.actionInsert(night);
        out.printf("%-22s %.1f s to %s, %,d rows%n", "floor, insert:", seconds(insert.time()), insert.what(),
                insert.rows());
        out.flush();
        Environment environment = context.getEnvironment();
        try {
            Floors.Floor load = floors.loadData(night, environment.getProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
            out.printf("%-22s %.1f s to %s, %,d rows%n", "floor, LOAD DATA:", seconds(load.time()), load.what(),
                    load.rows());
        }
        catch (SQLException refused) {
            out.printf("%-22s not measured: %s%n", "floor, LOAD DATA:", refused.getMessage());
        }
        out.flush();
    }

    /** Generates the shop when the database has none; reuses it when it has this many customers; refuses otherwise. */
    private LocalDate shop(ConfigurableApplicationContext context, JdbcClient jdbc, PrintWriter out) {
        long present = jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
        if (present == 0) {
            LocalDate asOf = date != null ? date : RunNightlyCommand.today(context);
            out.printf("Generating a shop of %,d customers as of %s (seed %d)...%n", customers, asOf, seed);
            out.flush();
            GenerationReport report = new ShopGenerator(context.getBean(DataSource.class))
                    .generate(new GeneratorSettings(customers, seed, asOf, 0, false), message -> {
                        out.println("  " + message);
                        out.flush();
                    });
            GenerateCommand.print(out, report);
            return asOf;
        }
        if (present != customers) {
            throw new CommandException(String.format("the database holds %,d customers, not %,d: run bench with "
                    + "--customers %d to reuse them, or point RETENTION_DB_URL at an empty database", present, customers,
                    present), ExitCodes.USAGE);
        }
        long orders = jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single();
        out.printf("Reusing the shop in the database: %,d customers, %,d orders.%n", present, orders);
        if (date != null) {
            return date;
        }
        return jdbc.sql("SELECT DATE(MAX(placed_at)) FROM orders").query(LocalDate.class).optional()
                .map(last -> last.plusDays(1)).orElseGet(() -> RunNightlyCommand.today(context));
    }

    /** A timed run and the decisions it left. */
    private record Timed(NightlyRunResult result, DecisionChecksum decisions) {
    }

    /**
     * One timed run of the night from a clean date: what an earlier run left is removed first, and InnoDB is given
     * time to purge it, so that neither run pays for the other.
     */
    private static Timed timedRun(String evaluator, LocalDate night, Launcher launcher, PrintWriter out)
            throws Exception {
        try (ConfigurableApplicationContext context = launcher.command();
                AutoCloseable progress = context.getBean(RunProgress.class).subscribe(line -> {
                    out.println("  " + line);
                    out.flush();
                })) {
            out.println();
            out.println("Nightly run with " + evaluator + ":");
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            context.getBean(NightlyRun.class).clear(night);
            context.getBean(FeatureSnapshot.class).clear(night);
            Duration purge = Benchmarks.awaitPurge(jdbc, Duration.ofMinutes(3));
            out.printf("  earlier results of %s removed and purged (%.1f s, not timed)%n", night, seconds(purge));
            out.flush();
            NightlyRunResult result = context.getBean(NightlyRun.class).run(night, true);
            if (result.outcome() != RunOutcome.COMPLETED) {
                throw new CommandException("the nightly run with " + evaluator + " failed: " + result.failure(),
                        ExitCodes.FAILURE);
            }
            out.printf("  %s%n", times(result));
            out.flush();
            return new Timed(result, DecisionChecksum.of(jdbc, night));
        }
    }

    private static String times(NightlyRunResult result) {
        return String.format("%.1f s, %,d customers, %,d actions (", seconds(result.duration()),
                result.customersEvaluated(), result.actionCount())
                + result.steps().entrySet().stream()
                        .map(e -> String.format("%s %.1f s", e.getKey(), seconds(e.getValue())))
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static Duration step(NightlyRunResult result, String name) {
        return result.steps().getOrDefault(name, Duration.ZERO);
    }

    private static double ratio(Duration a, Duration b) {
        return b.isZero() ? Double.NaN : (double) a.toNanos() / b.toNanos();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
