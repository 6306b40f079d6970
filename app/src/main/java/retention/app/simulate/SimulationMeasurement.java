package retention.app.simulate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import retention.batch.measure.Attribution;
import retention.batch.measure.Uplift;
import retention.batch.measure.UpliftReport;
import retention.db.simulate.TrueUplift;

/**
 * The product's own measurement of a simulated market: the attribution job's rows for every night, the uplift
 * report by rule, each set against the truth the market planted.
 */
@Component
public class SimulationMeasurement {

    private final Attribution attribution;
    private final UpliftReport uplift;

    public SimulationMeasurement(Attribution attribution, UpliftReport uplift) {
        this.attribution = attribution;
        this.uplift = uplift;
    }

    /** The attribution window, so the market plays long enough for the last night's window to close. */
    public int windowDays() {
        return attribution.properties().windowDays();
    }

    /**
     * Attributes every night of the run in one statement, reads the uplift report once, and compares each rule
     * that held anyone out with its truth.
     */
    public Measured measure(MarketRun run) {
        attribution.attribute(run.from(), run.to(), run.to().plusDays(windowDays()));
        List<Uplift> byRule = uplift.byRule(run.from(), run.to());
        List<RuleComparison> rows = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        for (Uplift rule : byRule) {
            net = rule.netRevenue() == null ? net : net.add(rule.netRevenue());
            TrueUplift truth = run.truth().get(rule.name());
            if (truth == null || rule.difference() == null || rule.treated() == 0 || rule.control() == 0) {
                continue;
            }
            rows.add(new RuleComparison(rule.name(), rule.treated(), rule.control(), rule.difference().estimate(),
                    rule.difference().lower(), rule.difference().upper(), truth.uplift(), truth.planted()));
        }
        return new Measured(rows, net.doubleValue());
    }

    /**
     * What the product measured on a simulated market.
     *
     * @param rules each rule with both arms measured, beside its truth
     * @param netRevenue the incremental revenue of the whole rule book minus the cost of its offers
     */
    public record Measured(List<RuleComparison> rules, double netRevenue) {
    }

    /**
     * One line per rule: measured uplift with its interval, the truth, whether the interval holds it, and the
     * planted effect of the rule's own message (the truth differs from it by what other rules did in each arm).
     */
    public static String table(List<RuleComparison> rows) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-70s %8s %8s %26s %9s %6s %9s%n", "rule",
                "treated", "control", "measured uplift [95% CI]", "true", "in CI", "planted"));
        for (RuleComparison r : rows) {
            table.append(String.format(Locale.ROOT, "%-70.70s %,8d %,8d %26s %+6.1f pt %6s %+6.1f pt%n", r.ruleName(), r.treated(),
                    r.control(), String.format(Locale.ROOT, "%+.1f pt [%+.1f, %+.1f]", r.estimate() * 100,
                            r.lower() * 100, r.upper() * 100), r.truth() * 100, r.covers() ? "yes" : "NO", r.planted() * 100));
        }
        return table.toString();
    }
}
