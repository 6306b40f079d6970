package retention.app.report;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import retention.batch.measure.KpiPoint;
import retention.batch.measure.Uplift;

/**
 * Writes the report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched, so it opens
 * anywhere and can be mailed.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1000px}
            h1{font-size:22px}h2{font-size:17px;margin-top:28px}
            .grid{display:flex;flex-wrap:wrap;gap:16px}
            table{border-collapse:collapse;font-size:13px}td,th{padding:3px 8px;border-bottom:1px solid #ddd;text-align:right}
            td:first-child,th:first-child{text-align:left}
            .chart-title{font-size:13px;font-weight:600}.tick{font-size:10px;fill:#555}.legend,.label{font-size:11px}
            .flag{color:#b00}.note{color:#555;font-size:13px}
            """;

    private HtmlReport() {
    }

    public static String render(Measurement m) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Retention report</title><style>" + STYLE + "</style></head><body>");
        html.append("<h1>Does it bring customers back? ").append(m.from()).append(" to ").append(m.to()).append("</h1>");
        html.append("<p class=\"note\">Uplift compares customers who got an action with customers the same rule chose "
                + "but held out, over actions whose ").append(m.windowDays()).append("-day window has closed. The bar "
                + "is the 95% confidence interval: a bar that crosses zero does not show the rule works.</p>");
        html.append("<h2>KPIs over time by stage</h2><div class=\"grid\">");
        html.append(Charts.lines("Repurchase rate (" + m.kpiPeriodDays() + " days)",
                series(m.byStage(), KpiPoint::repurchaseRate), true));
        html.append(Charts.lines("Churn rate (" + m.kpiPeriodDays() + " days)", series(m.byStage(), KpiPoint::churnRate),
                true));
        html.append(Charts.lines("Win-back rate (" + m.kpiPeriodDays() + " days)",
                series(m.byStage(), KpiPoint::winBackRate), true));
        html.append(Charts.lines("NPS", series(m.byStage(), KpiPoint::nps), false));
        html.append(Charts.lines("Average CLV (12 months)", series(m.byStage(),
                p -> p.clv() == null ? null : p.clv().doubleValue()), false));
        html.append("</div>");
        html.append("<h2>Uplift per rule, with its 95% interval</h2>");
        html.append(Charts.intervals("Conversion uplift, treated minus control (percentage points)", m.rules()));
        html.append("<h2>Incremental revenue by rule, net of offer cost</h2>");
        html.append(Charts.bars("Incremental revenue minus offer cost", m.rules(), u -> u.netRevenue().doubleValue()));
        html.append("<h2>The figures</h2>");
        table(html, m.rules(), "rule");
        table(html, m.actions(), "action");
        return html.append("</body></html>\n").toString();
    }

    private static Map<String, List<Map.Entry<LocalDate, Double>>> series(List<KpiPoint> points,
            Function<KpiPoint, Double> value) {
        Map<String, List<Map.Entry<LocalDate, Double>>> series = new TreeMap<>();
        for (KpiPoint p : points) {
            Double v = value.apply(p);
            if (v != null) {
                series.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(new AbstractMap.SimpleEntry<>(p.night(), v));
            }
        }
        return series;
    }

    private static void table(StringBuilder html, List<Uplift> rows, String what) {
        html.append("<table><tr><th>").append(what).append("</th><th>treated</th><th>control</th><th>treated rate</th>"
                + "<th>control rate</th><th>uplift [95% CI]</th><th>incremental revenue</th><th>offer cost</th>"
                + "<th>net</th><th>verdict</th></tr>");
        for (Uplift u : rows) {
            html.append("<tr><td>").append(Svg.escape(u.name())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%,d</td><td>%,d</td><td>%.1f%%</td><td>%.1f%%</td><td>", u.treated(),
                            u.control(), u.treatedRate() * 100, u.controlRate() * 100))
                    .append(u.difference() == null ? "-" : Svg.escape(Uplift.points(u.difference())))
                    .append(String.format(Locale.ROOT, "</td><td>%,.2f</td><td>%,.2f</td><td>%,.2f</td>",
                            u.incrementalRevenue(), u.offerCost(), u.netRevenue()))
                    .append(u.verdict() == Uplift.Verdict.NO_EVIDENCE ? "<td class=\"flag\">" : "<td>")
                    .append(Svg.escape(u.summary())).append("</td></tr>");
        }
        html.append("</table>");
    }
}
