package retention.batch.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The retention KPIs of one group of customers (a stage or an RFM segment at the start of the period) over the
 * period that ends on a night.
 *
 * @param night the snapshot the period ends with
 * @param since the snapshot the period starts with
 * @param group the stage or RFM segment the customers were in at the start
 * @param customers customers in the group at the start
 * @param buyers of whom had bought at least once by the start
 * @param repurchased buyers who bought again in the period
 * @param atRisk customers neither churned nor potential at the start
 * @param churned of whom were churned at the end
 * @param lapsed customers churned at the start
 * @param wonBack of whom bought again in the period
 * @param clv average expected 12-month value at the end, or null
 * @param npsResponses customers with an NPS answer at the end
 * @param nps promoters minus detractors, in points of 100, or null without answers
 */
public record KpiPoint(LocalDate night, LocalDate since, String group, long customers, long buyers, long repurchased,
        long atRisk, long churned, long lapsed, long wonBack, BigDecimal clv, long npsResponses, Double nps) {

    /** Buyers who bought again in the period, or null when there were none to buy again. */
    public Double repurchaseRate() {
        return rate(repurchased, buyers);
    }

    /** Customers who churned in the period, of those who could. */
    public Double churnRate() {
        return rate(churned, atRisk);
    }

    /** Churned customers who bought again in the period. */
    public Double winBackRate() {
        return rate(wonBack, lapsed);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
