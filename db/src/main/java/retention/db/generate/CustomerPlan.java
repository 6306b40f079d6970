package retention.db.generate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What is planted for one customer: the stage, the churn causes and, for a customer a rival's campaign pulled away,
 * that campaign.
 *
 * @param id the customer id
 * @param stage the planted stage
 * @param causes the planted causes sorted by name; empty unless AT_RISK or CHURNED
 * @param campaign the campaign whose start followed the customer's last order, or null
 */
record CustomerPlan(long id, Stage stage, List<Cause> causes, Campaign campaign) {

    static CustomerPlan draw(long id, Dice dice, List<Campaign> campaigns) {
        Stage stage = Stage.draw(dice);
        List<Cause> causes = stage.churning() ? Cause.draw(dice) : List.of();
        Campaign campaign = null;
        // A campaign can only explain a departure that happened before it started, so only CHURNED customers (last
        // order 100+ days ago) leave that way; Cantonese speakers live in Hong Kong, where no campaign runs.
        if (stage == Stage.CHURNED && causes.contains(Cause.COMPETITOR_PULL)
                && !causes.contains(Cause.LOCALIZATION_GAP) && dice.chance(0.5)) {
            campaign = dice.pick(campaigns);
        }
        return new CustomerPlan(id, stage, causes, campaign);
    }

    boolean has(Cause cause) {
        return causes.contains(cause);
    }

    /** The causes as planted_truth stores them: names sorted, comma-separated, '' when none. */
    String causeList() {
        return causes.stream().map(Cause::name).collect(Collectors.joining(","));
    }
}
