package retention.db.generate;

import java.util.List;

/**
 * When a CHURNED customer's last paid order fell: 100 to 400 days ago, tied to a campaign's start for those it pulled
 * away and kept clear of the campaigns in their city for everyone else, so that a campaign never explains the wrong
 * customer.
 */
final class ChurnTiming {

    private ChurnTiming() {
    }

    static int recency(Dice dice, CustomerPlan plan, List<Campaign> campaignsInCity) {
        if (plan.campaign() != null) {
            return plan.campaign().startDay() + dice.between(3, Campaign.DAYS - 3);
        }
        // Price evidence needs several paid orders inside the 365-day look-back, so those left more recently.
        int latest = plan.has(Cause.PRICE_SENSITIVE) ? 300 : 400;
        int recency = dice.between(100, latest);
        while (nearAny(recency, campaignsInCity)) {
            recency = dice.between(100, latest);
        }
        return recency;
    }

    private static boolean nearAny(int day, List<Campaign> campaigns) {
        for (Campaign campaign : campaigns) {
            if (campaign.near(day)) {
                return true;
            }
        }
        return false;
    }
}
