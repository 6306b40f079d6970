package retention.db.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Visits of the last 180 days. Ordinary visits stay in the categories the customer bought, load in under 2 s and
 * check out in 3-4 steps, with at most one abandoned cart. NEEDS_CHANGED customers browse other categories in the last
 * 90 days; POOR_EXPERIENCE customers abandon carts, fail at checkout, wait for slow pages or long checkouts.
 */
final class VisitPlanner {

    /** Visits lie within this many days, inside the 180-day look-back. */
    private static final int LOOK_BACK = 176;
    /** NEEDS_CHANGED browsing lies inside the 90-day window, and ordinary browsing of those customers before it. */
    private static final int RECENT = 86;
    private static final int BEFORE_RECENT = 94;

    private VisitPlanner() {
    }

    static void plan(CustomerDraft d) {
        List<String> unfamiliar = d.plan.has(Cause.NEEDS_CHANGED) ? unfamiliar(d) : List.of();
        ordinary(d);
        if (d.plan.has(Cause.POOR_EXPERIENCE)) {
            PoorExperience.plan(d, unfamiliar.isEmpty() ? d.book.familiar() : unfamiliar);
        }
        if (!unfamiliar.isEmpty()) {
            for (int i = d.dice.between(5, 8); i > 0; i--) {
                visit(d, d.dice.between(1, RECENT), d.dice.pick(unfamiliar), "BROWSE", fastPage(d), null);
            }
        }
    }

    private static void ordinary(CustomerDraft d) {
        Dice dice = d.dice;
        int count = switch (d.plan.stage()) {
            case POTENTIAL -> dice.between(1, 4);
            case NEW -> dice.between(1, 3);
            case ACTIVE -> dice.between(2, 5);
            case LOYAL -> dice.between(3, 6);
            case AT_RISK -> dice.between(1, 3);
            case CHURNED -> dice.chance(0.4) ? 1 : 0;
        };
        // A NEEDS_CHANGED customer's familiar browsing is older than the shift, so it does not dilute the new one.
        int from = d.plan.has(Cause.NEEDS_CHANGED) ? BEFORE_RECENT : 1;
        boolean abandonOnce = !d.plan.has(Cause.POOR_EXPERIENCE) && dice.chance(0.15);
        for (int i = 0; i < count && from <= Math.min(LOOK_BACK, d.oldestDay()); i++) {
            int day = dice.between(from, Math.min(LOOK_BACK, d.oldestDay()));
            String category = dice.pick(d.book.familiar());
            if (abandonOnce && i == 0) {
                visit(d, day, category, "CART_ABANDONED", fastPage(d), dice.between(3, 4));
            }
            else if (!d.book.bought().isEmpty() && d.plan.stage() != Stage.CHURNED && dice.chance(0.25)) {
                visit(d, day, category, "PURCHASE", fastPage(d), dice.between(3, 4));
            }
            else {
                visit(d, day, category, "BROWSE", fastPage(d), null);
            }
        }
    }

    /** One or two categories the customer never bought nor favoured: where their needs moved to. */
    private static List<String> unfamiliar(CustomerDraft d) {
        List<String> others = new ArrayList<>(Catalogue.CATEGORIES);
        others.removeAll(d.book.bought());
        others.removeAll(d.book.favourites());
        List<String> chosen = new ArrayList<>(2);
        for (int i = d.dice.between(1, 2); i > 0 && !others.isEmpty(); i--) {
            chosen.add(others.remove(d.dice.between(0, others.size() - 1)));
        }
        return chosen;
    }

    static int fastPage(CustomerDraft d) {
        return d.dice.between(250, 1900);
    }

    static void visit(CustomerDraft d, int day, String category, String outcome, int pageLoadMs, Integer steps) {
        d.visits.add(new VisitRow(d.id(), d.time(day), category, outcome, pageLoadMs, steps));
    }
}
