package retention.app.api.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import retention.batch.measure.KpiPoint;

/**
 * The KPIs of one group of customers over the period ending on a night.
 *
 * @param night the night the period ends with
 * @param since the snapshot the period starts with
 * @param group the stage or RFM segment at the start
 * @param customers customers in the group at the start
 * @param repurchaseRate buyers who bought again in the period, null without buyers
 * @param churnRate customers who churned in the period, of those who could, or null
 * @param winBackRate churned customers who bought again in the period, or null
 * @param clv average expected 12-month value at the end, or null
 * @param nps promoters minus detractors in points, or null without answers
 * @param npsResponses customers with an NPS answer
 */
record KpiFigure(LocalDate night, LocalDate since, String group, long customers, Double repurchaseRate,
        Double churnRate, Double winBackRate, BigDecimal clv, Double nps, long npsResponses) {

    static KpiFigure of(KpiPoint p) {
        return new KpiFigure(p.night(), p.since(), p.group(), p.customers(), p.repurchaseRate(), p.churnRate(),
                p.winBackRate(), p.clv(), p.nps(), p.npsResponses());
    }
}
