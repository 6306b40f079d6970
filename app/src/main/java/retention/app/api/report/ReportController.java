package retention.app.api.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.ApiProperties;
import retention.app.api.DateRange;
import retention.app.api.Requests;
import retention.batch.measure.AttributionProperties;
import retention.batch.measure.Kpis;
import retention.batch.measure.UpliftReport;

/**
 * The measurement report: uplift against the control groups and the retention KPIs over time.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports")
class ReportController {

    private static final int DEFAULT_DAYS = 90;

    private final UpliftReport uplift;
    private final Kpis kpis;
    private final AttributionProperties attribution;
    private final ApiProperties api;
    private final Clock clock;

    ReportController(UpliftReport uplift, Kpis kpis, AttributionProperties attribution, ApiProperties api,
            Clock clock) {
        this.uplift = uplift;
        this.kpis = kpis;
        this.attribution = attribution;
        this.api = api;
        this.clock = clock;
    }

    /**
     * @param from the first night
     * @param to the last night
     * @param by rule or action
     * @param windowDays the attribution window
     * @param items one per rule or action, the largest treated volume first
     */
    record UpliftResponse(LocalDate from, LocalDate to, String by, int windowDays, List<UpliftFigure> items) {
    }

    /**
     * @param from the first night
     * @param to the last night
     * @param by stage or segment
     * @param periodDays the period of the rates
     * @param items one per night and group
     */
    record KpiResponse(LocalDate from, LocalDate to, String by, int periodDays, List<KpiFigure> items) {
    }

    @GetMapping("/uplift")
    @Operation(operationId = "getUplift", summary = "Uplift per rule or action against its control group",
            description = "Counts the actions of the nights from..to whose attribution window has closed; the "
                    + "default range is the 90 days up to today.")
    UpliftResponse uplift(HttpServletRequest request, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String by) {
        Requests.onlyParameters(request, "from", "to", "by");
        String grouping = by == null ? "rule" : Requests.oneOf("by", by, Set.of("rule", "action"));
        DateRange range = range(from, to);
        var rows = grouping.equals("rule") ? uplift.byRule(range.from(), range.to())
                : uplift.byAction(range.from(), range.to());
        return new UpliftResponse(range.from(), range.to(), grouping, attribution.windowDays(),
                rows.stream().map(UpliftFigure::of).toList());
    }

    @GetMapping("/kpis")
    @Operation(operationId = "getKpis", summary = "Repurchase, churn and win-back rates, CLV and NPS over time",
            description = "One row per night and stage (or RFM segment) the customers were in at the start of the "
                    + "period; nights without a snapshot a period older are left out.")
    KpiResponse kpis(HttpServletRequest request, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String by) {
        Requests.onlyParameters(request, "from", "to", "by");
        String grouping = by == null ? "stage" : Requests.oneOf("by", by, Set.of("stage", "segment"));
        DateRange range = range(from, to);
        return new KpiResponse(range.from(), range.to(), grouping, kpis.properties().periodDays(),
                kpis.over(range.from(), range.to(), Kpis.By.of(grouping)).stream().map(KpiFigure::of).toList());
    }

    private DateRange range(LocalDate from, LocalDate to) {
        Requests.range(from, to, api.maxRangeDays(), false);
        LocalDate last = to != null ? to : from != null && from.isAfter(LocalDate.now(clock)) ? from
                : LocalDate.now(clock);
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS);
        return Requests.range(first, last, api.maxRangeDays(), true);
    }
}
