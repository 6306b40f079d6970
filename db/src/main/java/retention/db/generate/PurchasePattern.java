package retention.db.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The days and amounts of a customer's paid orders, shaped so that the stage definitions hold with a margin: window
 * counts stay 2 days away from the 90- and 180-day edges, recency far from the 90-day threshold, and the trend ratios
 * far from 0.5.
 */
final class PurchasePattern {

    /** Last day of the recent 90-day window used for orders, and first of the previous one: 2 days from the edges. */
    static final int RECENT_END = 88;
    static final int PREVIOUS_START = 93;
    static final int PREVIOUS_END = 178;
    private static final int OLDER_START = 183;
    /** The oldest day any order is placed on: about 15 months of history. */
    static final int HISTORY_DAYS = 455;

    private final Dice dice;
    private final long levelCents;
    private final List<DraftOrder> paid = new ArrayList<>();

    private PurchasePattern(Dice dice, long levelCents) {
        this.dice = dice;
        this.levelCents = levelCents;
    }

    /** The paid orders of a customer of any stage but POTENTIAL, amounts at the customer's own level. */
    static List<DraftOrder> draw(Dice dice, CustomerPlan plan, List<Campaign> campaignsInCity) {
        PurchasePattern pattern = new PurchasePattern(dice, level(dice, plan.stage()));
        switch (plan.stage()) {
            case NEW -> pattern.newCustomer();
            case ACTIVE -> pattern.active();
            case LOYAL -> pattern.loyal();
            case AT_RISK -> pattern.atRisk();
            case CHURNED -> pattern.churned(plan, campaignsInCity);
            default -> {
            }
        }
        return pattern.paid;
    }

    /** Per-order spend in cents; ACTIVE spend stays moderate so that few of them look like RFM champions. */
    private static long level(Dice dice, Stage stage) {
        return switch (stage) {
            case ACTIVE -> dice.between(60, 170);
            case LOYAL -> dice.between(180, 450);
            case AT_RISK -> dice.between(120, 400);
            case NEW -> dice.between(50, 450);
            default -> dice.between(50, 500);
        } * 100L;
    }

    private void newCustomer() {
        int recency = dice.between(1, 80);
        add(recency);
        if (dice.chance(0.35)) {
            add(recency + dice.between(3, 60));
        }
    }

    /**
     * 3 to 7 orders in each 90-day window, recent/previous between 0.7 and 1.4, the last within 25 days; before the
     * windows at a lower rate, as one who grew into the habit.
     */
    private void active() {
        int previous = 3 + dice.weighted(25, 25, 20, 15, 15);
        int recent = dice.between(Math.max(3, (7 * previous + 9) / 10), Math.min(7, 14 * previous / 10));
        regular(recent, previous, dice.between(1, 25), (recent + previous) / 180.0 * dice.between(0.3, 0.8));
    }

    /** 10 to 18 orders in each window (mostly nearer 10), ratio 0.75 to 1.33, the last within 6 days. */
    private void loyal() {
        int previous = 10 + Math.min(dice.between(0, 8), dice.between(0, 8));
        int recent = dice.between(Math.max(10, (75 * previous + 99) / 100), Math.min(18, 133 * previous / 100));
        regular(recent, previous, dice.between(1, 6), (recent + previous) / 180.0 * dice.between(0.3, 0.8));
    }

    /**
     * 4 to 10 orders before, at most 40% of that since (at least one, within 60 days). Before that they bought at the
     * previous window's rate: they were regulars, and their busy year keeps ACTIVE customers out of the top frequency
     * quintile, so that few ACTIVE customers look like RFM champions.
     */
    private void atRisk() {
        int previous = dice.between(4, 10);
        regular(dice.between(1, 4 * previous / 10), previous, dice.between(3, 60),
                previous / 90.0 * dice.between(0.8, 1.1));
    }

    /** Orders in both 90-day windows and, before them, at the given rate per day since the customer started. */
    private void regular(int recent, int previous, int recency, double olderPerDay) {
        add(recency);
        addSpread(recent - 1, recency, RECENT_END);
        addSpread(previous, PREVIOUS_START, PREVIOUS_END);
        int start = dice.between(200, 420);
        addSpread((int) Math.round(olderPerDay * (start - OLDER_START)), OLDER_START, start);
    }

    private void churned(CustomerPlan plan, List<Campaign> campaignsInCity) {
        int recency = ChurnTiming.recency(dice, plan, campaignsInCity);
        add(recency);
        if (plan.has(Cause.PRICE_SENSITIVE)) {
            // Coupon evidence needs at least 3 paid orders inside the 365-day look-back: keep them all before day 362.
            addSpread(dice.between(3, 7), recency, Math.min(362, recency + dice.between(40, 200)));
        }
        else if (dice.chance(0.65)) {
            addSpread(dice.between(2, 9), recency, Math.min(HISTORY_DAYS, recency + dice.between(60, 250)));
        }
        else if (dice.chance(0.4)) {
            add(Math.min(HISTORY_DAYS, recency + dice.between(5, 60)));
        }
    }

    private void addSpread(int count, int fromDay, int toDay) {
        for (int i = 0; i < count; i++) {
            add(dice.between(fromDay, toDay));
        }
    }

    private void add(int day) {
        long cents = Math.round(levelCents * dice.between(0.6, 1.5) / 10) * 10;
        paid.add(new DraftOrder(day, dice.wakingSecond(), cents));
    }
}
