package retention.batch.features;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of churn-cause detection. Causes are looked for in AT_RISK and CHURNED customers only; each default
 * is documented in docs/facts.md with the evidence it reads.
 *
 * @param lookbackDays how far back interactions count as evidence (365)
 * @param behaviourDays how far back site visits and contacts count (180)
 * @param couponShare share of the last year's orders with a coupon that marks a price-sensitive buyer (0.6)
 * @param couponMinOrders orders in the last year needed before the coupon share means anything (3)
 * @param browsingMinVisits visits in the last trend window needed to judge where the customer browses (4)
 * @param newCategoryShare share of those visits to never-bought categories that shows changed needs (0.6)
 * @param failedCheckouts abandoned carts or failed checkouts that show a poor experience (2)
 * @param slowPageMs a page slower than this, in milliseconds, is slow (3000, seed 003)
 * @param slowVisits slow visits that show a poor experience (3)
 * @param maxCheckoutSteps a checkout with more steps than this is too long (5, seed 003)
 * @param competitorDays a rival's campaign that starts within this many days after the last order explains it (30)
 * @param servedLanguages the languages the shop serves; a customer preferring another has a localisation gap
 *        (zh-CN, en)
 * @param genericMessages generic messages, none opened, that show the customer gets nothing personal (3)
 */
@ConfigurationProperties("retention.facts.causes")
public record CauseProperties(
        @DefaultValue("365") int lookbackDays,
        @DefaultValue("180") int behaviourDays,
        @DefaultValue("0.6") double couponShare,
        @DefaultValue("3") int couponMinOrders,
        @DefaultValue("4") int browsingMinVisits,
        @DefaultValue("0.6") double newCategoryShare,
        @DefaultValue("2") int failedCheckouts,
        @DefaultValue("3000") int slowPageMs,
        @DefaultValue("3") int slowVisits,
        @DefaultValue("5") int maxCheckoutSteps,
        @DefaultValue("30") int competitorDays,
        @DefaultValue({ "zh-CN", "en" }) List<String> servedLanguages,
        @DefaultValue("3") int genericMessages) {

    /** The defaults, for tests and tools outside a Spring context. */
    public static CauseProperties defaults() {
        return new CauseProperties(365, 180, 0.6, 3, 4, 0.6, 2, 3000, 3, 5, 30, List.of("zh-CN", "en"), 3);
    }
}
