package retention.db.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The churn causes of DOMAIN.md, with the share of cause assignments each gets. */
enum Cause {

    PRICE_SENSITIVE(0.25),
    SERVICE_DISSATISFIED(0.20),
    NEEDS_CHANGED(0.15),
    POOR_EXPERIENCE(0.12),
    COMPETITOR_PULL(0.10),
    SECURITY_CONCERN(0.05),
    LOCALIZATION_GAP(0.06),
    NOT_PERSONALIZED(0.07);

    /** About a quarter of churning customers carry two causes. */
    private static final double SECOND_CAUSE = 0.25;

    private static final double[] SHARES = shares();

    private final double share;

    Cause(double share) {
        this.share = share;
    }

    /** One cause, or two different ones, sorted by name as planted_truth stores them. */
    static List<Cause> draw(Dice dice) {
        List<Cause> causes = new ArrayList<>(2);
        causes.add(one(dice));
        if (dice.chance(SECOND_CAUSE)) {
            Cause second = one(dice);
            while (second == causes.get(0)) {
                second = one(dice);
            }
            causes.add(second);
        }
        causes.sort(Comparator.comparing(Cause::name));
        return List.copyOf(causes);
    }

    private static Cause one(Dice dice) {
        return values()[dice.weighted(SHARES)];
    }

    private static double[] shares() {
        Cause[] causes = values();
        double[] shares = new double[causes.length];
        for (int i = 0; i < causes.length; i++) {
            shares[i] = causes[i].share;
        }
        return shares;
    }
}
