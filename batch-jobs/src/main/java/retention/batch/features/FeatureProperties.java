package retention.batch.features;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Windows and thresholds of the customer facts. Defaults are DOMAIN.md's; each is documented in docs/facts.md.
 *
 * @param churnDays a customer with no paid order for more than this many days is CHURNED (90)
 * @param rfmWindowDays the window of the RFM frequency and monetary values (365)
 * @param trendWindowDays the length of the two windows compared by the early-warning trends (90)
 * @param newCustomerMaxOrders a customer with at most this many paid orders in total is NEW (2)
 * @param loyalOrdersPerWindow paid orders in the last trend window that make a customer LOYAL (9: three a month)
 * @param championsAreLoyal whether the top RFM tier (segment CHAMPIONS) counts as LOYAL too (true)
 * @param atRiskMinPreviousOrders paid orders in the earlier trend window that show the customer was active, a
 *        condition for AT_RISK (3: one a month)
 * @param frequencyDropRatio order frequency has fallen when the trend is at or below this ratio (0.5)
 * @param aovDropRatio average order value has fallen when its trend is at or below this ratio (0.8)
 * @param inquiryDropRatio inquiries have fallen when their trend is at or below this ratio (0.5)
 * @param ticketHours a complaint or ticket open longer than this many hours counts as unresolved (24; seed 002:
 *        82% of churned customers with a ticket open over 24 h won't accept more)
 * @param recallAnswerDays a recall message not answered within this many days counts as ignored (14)
 */
@ConfigurationProperties("retention.facts")
public record FeatureProperties(
        @DefaultValue("90") int churnDays,
        @DefaultValue("365") int rfmWindowDays,
        @DefaultValue("90") int trendWindowDays,
        @DefaultValue("2") int newCustomerMaxOrders,
        @DefaultValue("9") int loyalOrdersPerWindow,
        @DefaultValue("true") boolean championsAreLoyal,
        @DefaultValue("3") int atRiskMinPreviousOrders,
        @DefaultValue("0.5") double frequencyDropRatio,
        @DefaultValue("0.8") double aovDropRatio,
        @DefaultValue("0.5") double inquiryDropRatio,
        @DefaultValue("24") int ticketHours,
        @DefaultValue("14") int recallAnswerDays) {

    /** The defaults, for tests and tools outside a Spring context. */
    public static FeatureProperties defaults() {
        return new FeatureProperties(90, 365, 90, 2, 9, true, 3, 0.5, 0.8, 0.5, 24, 14);
    }
}
