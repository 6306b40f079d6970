package retention.db.generate;

import java.util.List;

/**
 * A POOR_EXPERIENCE customer's visits of the last 180 days, in one or more of three ways seed 003 names: carts
 * abandoned or checkouts failed (2-4), slow pages over 3 s (3-5 visits), a checkout of more than 5 steps.
 */
final class PoorExperience {

    private static final int LOOK_BACK = 176;

    private PoorExperience() {
    }

    static void plan(CustomerDraft d, List<String> categories) {
        Dice dice = d.dice;
        boolean abandoned = dice.chance(0.5);
        boolean slow = dice.chance(0.5);
        boolean longCheckout = dice.chance(0.35);
        if (!abandoned && !slow && !longCheckout) {
            int way = dice.between(0, 2);
            abandoned = way == 0;
            slow = way == 1;
            longCheckout = way == 2;
        }
        int last = Math.min(LOOK_BACK, d.oldestDay());
        for (int i = abandoned ? dice.between(2, 4) : 0; i > 0; i--) {
            String outcome = dice.chance(0.6) ? "CART_ABANDONED" : "CHECKOUT_FAILED";
            VisitPlanner.visit(d, dice.between(1, last), dice.pick(categories), outcome, VisitPlanner.fastPage(d),
                    dice.between(3, 4));
        }
        for (int i = slow ? dice.between(3, 5) : 0; i > 0; i--) {
            VisitPlanner.visit(d, dice.between(1, last), dice.pick(categories), "BROWSE", dice.between(3200, 9000),
                    null);
        }
        for (int i = longCheckout ? dice.between(1, 2) : 0; i > 0; i--) {
            VisitPlanner.visit(d, dice.between(1, last), dice.pick(categories), "CHECKOUT_FAILED",
                    VisitPlanner.fastPage(d), dice.between(6, 8));
        }
    }
}
