package retention.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.app.simulate.MarketRun;
import retention.app.simulate.RuleComparison;
import retention.app.simulate.Simulation;
import retention.app.simulate.SimulationBooks;
import retention.app.simulate.SimulationDatabase;
import retention.app.simulate.SimulationMeasurement;

/**
 * Proves the measurement on a market whose truth is known: the rule book plays nights in a row against simulated
 * customers, its measured uplift per rule is set against the planted truth, and the same market is played again
 * with a one-rule book that gives everyone a coupon, to compare what each earns.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = { "Prove the measurement on a simulated market whose true effects are known.",
                "Plays the rule book for a number of nights: the real nightly job, dispatch to the LOG channel,",
                "customers who answer with a planted true effect per action and churn cause, and the product's",
                "own attribution. Prints each rule's measured and true uplift, then",
                "uplift_in_ci=K/N default_vs_blanket_coupon=X. Uses its own databases, never the shop's." })
final class SimulateCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", defaultValue = "2000", description = "Customers in the market (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--nights", defaultValue = "30", description = "Nights to play (default: ${DEFAULT-VALUE}).")
    int nights;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the shop and the market (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rules", paramLabel = "DIR", description = "The rule book to play (default: the configured one).")
    Path rules;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The first night (default: far enough back that the last attribution window has closed).")
    LocalDate start;

    @Option(names = "--no-blanket", description = "Skip the comparison with a coupon for everyone.")
    boolean noBlanket;

    @Override
    public Integer call() {
        if (customers < 100 || customers > 1_000_000 || nights < 1 || nights > 365) {
            throw new CommandException("--customers must be 100 to 1,000,000 and --nights 1 to 365", ExitCodes.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        String configuredHome = root.launcher().property("retention.home", "RETENTION_HOME");
        Path home = Path.of(configuredHome != null ? configuredHome : System.getProperty("retention.home", "."))
                .toAbsolutePath().normalize();
        String configuredBook = root.launcher().property("retention.rules.dir", "RETENTION_RULES_DIR");
        Path book = (rules != null ? rules : configuredBook != null ? Path.of(configuredBook)
                : home.resolve("rules/rulebook")).toAbsolutePath().normalize();
        Path dataDir = home.resolve("data/simulation");
        LocalDate first = start != null ? start : LocalDate.now().minusDays(nights + 60L);

        out.printf("Simulating %,d customers for %d nights from %s (seed %d) with the rule book in %s%n", customers,
                nights, first, seed, book);
        SimulationMeasurement.Measured played = play("default", book, first, home, out);
        List<RuleComparison> rows = played.rules();
        out.println();
        out.println(SimulationMeasurement.table(rows));
        long covered = rows.stream().filter(RuleComparison::covers).count();
        String ratio = "n/a";
        if (!noBlanket) {
            Path blanket = SimulationBooks.blanketCoupon(book, dataDir.resolve("blanket-book"));
            out.println();
            out.println("The same market with one rule, a coupon for everyone the contact policy lets through:");
            SimulationMeasurement.Measured coupon = play("blanket", blanket, first, home, out);
            out.printf("Incremental net revenue: rule book %,.2f, coupon for everyone %,.2f%n", played.netRevenue(),
                    coupon.netRevenue());
            ratio = coupon.netRevenue() == 0 ? "n/a" : String.format("%.2f", played.netRevenue() / coupon.netRevenue());
        }
        out.printf("uplift_in_ci=%d/%d default_vs_blanket_coupon=%s%n", covered, rows.size(), ratio);
        return ExitCodes.OK;
    }

    private SimulationMeasurement.Measured play(String name, Path book, LocalDate first, Path home, PrintWriter out) {
        Launcher launcher = root.launcher();
        String url = SimulationDatabase.fresh(launcher.property("spring.datasource.url", "RETENTION_DB_URL"),
                launcher.property("spring.datasource.username", "RETENTION_DB_USER"),
                launcher.property("spring.datasource.password", "RETENTION_DB_PASSWORD"), home, name);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("retention.rules.dir", book.toString());
        properties.put("retention.dispatch.redirect-to-log", "true");
        properties.put("retention.dispatch.log-file", home.resolve("data/simulation/" + name + "-messages.log").toString());
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = launcher.with(properties).command()) {
            SimulationMeasurement measurement = context.getBean(SimulationMeasurement.class);
            MarketRun run = context.getBean(Simulation.class).play(customers, nights, seed, first,
                    measurement.windowDays(), line -> {
                        out.println("  " + line);
                        out.flush();
                    });
            SimulationMeasurement.Measured measured = measurement.measure(run);
            out.printf("  %s: %d nights in %.0f s%n", name, nights, (System.nanoTime() - started) / 1e9);
            return measured;
        }
    }
}
