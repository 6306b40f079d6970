package retention.app.report;

import java.time.LocalDate;
import java.util.List;

import retention.batch.measure.KpiPoint;
import retention.batch.measure.Uplift;

/**
 * Everything the report shows for a range of nights.
 *
 * @param from the first night
 * @param to the last night
 * @param windowDays the attribution window
 * @param kpiPeriodDays the period of the KPI rates
 * @param rules uplift per rule
 * @param actions uplift per action code
 * @param byStage KPIs by stage at the start of each period
 * @param bySegment KPIs by RFM segment at the start of each period
 */
public record Measurement(LocalDate from, LocalDate to, int windowDays, int kpiPeriodDays, List<Uplift> rules,
        List<Uplift> actions, List<KpiPoint> byStage, List<KpiPoint> bySegment) {
}
