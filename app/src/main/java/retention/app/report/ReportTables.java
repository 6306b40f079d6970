package retention.app.report;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import retention.batch.measure.KpiPoint;
import retention.batch.measure.Uplift;

/**
 * Prints the report as console tables. The KPIs are shown for at most one night a week, the last night always
 * included; the HTML report charts every night.
 */
public final class ReportTables {

    private ReportTables() {
    }

    public static void print(PrintWriter out, Measurement m) {
        out.printf("Measurement from %s to %s (actions whose %d-day window has closed; KPIs over %d days)%n",
                m.from(), m.to(), m.windowDays(), m.kpiPeriodDays());
        uplift(out, "Uplift per rule", m.rules());
        uplift(out, "Uplift per action", m.actions());
        kpis(out, "KPIs by stage at the start of the period", m.byStage());
        kpis(out, "KPIs by RFM segment at the start of the period", m.bySegment());
    }

    private static void uplift(PrintWriter out, String title, List<Uplift> rows) {
        out.println();
        out.println(title + ":");
        if (rows.isEmpty()) {
            out.println("  nothing attributed yet: run ./retention attribute --date D after the nights' windows close");
            return;
        }
        out.printf("  %-52s %9s %7s %8s %8s %24s %9s %12s %12s%n", "", "treated", "control", "treated", "control",
                "uplift [95% CI]", "relative", "incremental", "net of");
        out.printf("  %-52s %9s %7s %8s %8s %24s %9s %12s %12s%n", "", "", "", "rate", "rate", "", "", "revenue",
                "offer cost");
        for (Uplift u : rows) {
            out.printf(Locale.ROOT, "  %-52s %,9d %,7d %7.1f%% %7.1f%% %24s %9s %,12.2f %,12.2f%n", cut(u.name(), 52),
                    u.treated(), u.control(), u.treatedRate() * 100, u.controlRate() * 100,
                    u.difference() == null ? "-" : Uplift.points(u.difference()),
                    u.relative() == null ? "-" : String.format(Locale.ROOT, "%+.0f%%", u.relative().estimate() * 100),
                    u.incrementalRevenue(), u.netRevenue());
        }
        for (Uplift u : rows) {
            if (u.verdict() == Uplift.Verdict.NO_EVIDENCE) {
                out.println("  ! " + cut(u.name(), 60) + ": " + u.summary());
            }
        }
    }

    private static void kpis(PrintWriter out, String title, List<KpiPoint> points) {
        out.println();
        out.println(title + ":");
        if (points.isEmpty()) {
            out.println("  no two snapshots a period apart in this range yet");
            return;
        }
        List<LocalDate> nights = weekly(points);
        out.printf("  %-10s %-12s %9s %11s %8s %9s %10s %6s%n", "night", "group", "customers", "repurchase", "churn",
                "win-back", "CLV (12m)", "NPS");
        for (KpiPoint p : points) {
            if (!nights.contains(p.night())) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-10s %-12s %,9d %11s %8s %9s %10s %6s%n", p.night(), p.group(), p.customers(),
                    percent(p.repurchaseRate()), percent(p.churnRate()), percent(p.winBackRate()),
                    p.clv() == null ? "-" : String.format(Locale.ROOT, "%,.2f", p.clv()),
                    p.nps() == null ? "-" : String.format(Locale.ROOT, "%+.0f", p.nps()));
        }
    }

    /** The last night and every night at least seven days before the one shown after it. */
    static List<LocalDate> weekly(List<KpiPoint> points) {
        TreeSet<LocalDate> all = new TreeSet<>();
        points.forEach(p -> all.add(p.night()));
        List<LocalDate> shown = new ArrayList<>();
        LocalDate next = null;
        for (LocalDate night : all.descendingSet()) {
            if (next == null || !night.isAfter(next.minusDays(7))) {
                shown.add(night);
                next = night;
            }
        }
        return shown;
    }

    private static String percent(Double rate) {
        return rate == null ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
