package retention.batch.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.rules.book.ActionCatalogue;
import retention.rules.book.ActionDefinition;

/**
 * Uplift per rule and per action code over the actions of a period whose attribution window has closed. The
 * database counts (one GROUP BY over the outcomes); Java only does the interval arithmetic on a row per rule.
 */
@Component
public class UpliftReport {

    private final JdbcClient jdbc;
    private final AttributionProperties properties;
    private final ActionCosts costs;

    public UpliftReport(JdbcClient jdbc, AttributionProperties properties, ActionCosts costs) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.costs = costs;
    }

    /** One row per rule, the largest treated volume first. */
    public List<Uplift> byRule(LocalDate from, LocalDate to) {
        return group(counts(from, to), Counts::ruleName);
    }

    /** One row per action code, the largest treated volume first. */
    public List<Uplift> byAction(LocalDate from, LocalDate to) {
        return group(counts(from, to), Counts::actionCode);
    }

    private List<Counts> counts(LocalDate from, LocalDate to) {
        // A rule's first choice of each customer in the period only: a held-out customer stays eligible and is
        // chosen again night after night until they buy, a treated one only after the contact policy's pause, so
        // counting every choice would fill the control arm with the customers who did not come back.
        return jdbc.sql("SELECT x.rule_name, x.action_code, x.arm, COUNT(*) AS actions, "
                + "SUM(CASE WHEN x.order_id IS NOT NULL THEN 1 ELSE 0 END) AS converted, "
                + "COALESCE(SUM(x.revenue), 0) AS revenue FROM action_outcome x "
                + "WHERE x.run_date BETWEEN ? AND ? AND x.window_closed = TRUE AND NOT EXISTS (SELECT 1 "
                + "FROM action_outcome p WHERE p.customer_id = x.customer_id AND p.rule_name = x.rule_name "
                + "AND p.run_date >= ? AND p.run_date < x.run_date) GROUP BY x.rule_name, x.action_code, x.arm")
                .params(from, to, from)
                .query((rs, row) -> new Counts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getBigDecimal(6)))
                .list();
    }

    private List<Uplift> group(List<Counts> counts, Function<Counts, String> key) {
        ActionCatalogue catalogue = costs.catalogue();
        Map<String, Totals> totals = new LinkedHashMap<>();
        for (Counts c : counts) {
            Totals t = totals.computeIfAbsent(key.apply(c), k -> new Totals());
            if (c.arm().equals("CONTROL")) {
                t.control += c.actions();
                t.controlConverted += c.converted();
                t.controlRevenue = t.controlRevenue.add(c.revenue());
            }
            else {
                t.treated += c.actions();
                t.treatedConverted += c.converted();
                t.treatedRevenue = t.treatedRevenue.add(c.revenue());
                BigDecimal unit = catalogue.find(c.actionCode()).map(ActionDefinition::cost).orElse(BigDecimal.ZERO);
                t.cost = t.cost.add(unit.multiply(BigDecimal.valueOf(c.actions())));
            }
        }
        List<Uplift> result = new ArrayList<>();
        totals.forEach((name, t) -> result.add(uplift(name, t)));
        result.sort((a, b) -> Long.compare(b.treated(), a.treated()));
        return result;
    }

    private Uplift uplift(String name, Totals t) {
        boolean bothArms = t.treated > 0 && t.control > 0;
        Interval difference = bothArms ? Newcombe.difference(t.treatedConverted, t.treated, t.controlConverted,
                t.control) : null;
        Interval relative = bothArms ? RiskRatio.relativeUplift(t.treatedConverted, t.treated, t.controlConverted,
                t.control) : null;
        BigDecimal incremental = BigDecimal.ZERO;
        if (bothArms) {
            BigDecimal perTreated = t.treatedRevenue.divide(BigDecimal.valueOf(t.treated), 10, RoundingMode.HALF_EVEN);
            BigDecimal perControl = t.controlRevenue.divide(BigDecimal.valueOf(t.control), 10, RoundingMode.HALF_EVEN);
            incremental = perTreated.subtract(perControl).multiply(BigDecimal.valueOf(t.treated))
                    .setScale(2, RoundingMode.HALF_EVEN);
        }
        Uplift.Verdict verdict = t.treated < properties.minimumTreated() || t.control < properties.minimumControl()
                || difference == null ? Uplift.Verdict.TOO_EARLY
                        : difference.aboveZero() ? Uplift.Verdict.WORKS : Uplift.Verdict.NO_EVIDENCE;
        return new Uplift(name, t.treated, t.treatedConverted, t.control, t.controlConverted, t.treatedRevenue,
                t.controlRevenue, t.cost, difference, relative, incremental, incremental.subtract(t.cost), verdict);
    }

    private record Counts(String ruleName, String actionCode, String arm, long actions, long converted,
            BigDecimal revenue) {
    }

    private static final class Totals {
        long treated;
        long treatedConverted;
        long control;
        long controlConverted;
        BigDecimal treatedRevenue = BigDecimal.ZERO;
        BigDecimal controlRevenue = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
    }
}
