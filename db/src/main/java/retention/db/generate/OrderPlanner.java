package retention.db.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns a customer's paid-order pattern into orders: categories, refunds, cancellations and coupons, keeping the
 * numbers the stage and the price evidence are read from inside their margins.
 */
final class OrderPlanner {

    private final Dice dice;
    private final CustomerPlan plan;
    private final Timeline timeline;

    OrderPlanner(Dice dice, CustomerPlan plan, Timeline timeline) {
        this.dice = dice;
        this.plan = plan;
        this.timeline = timeline;
    }

    /** The order book; a POTENTIAL customer, who registered on potentialDay, gets at most a cancelled order. */
    OrderBook plan(List<Campaign> campaignsInCity, int potentialDay) {
        List<String> favourites = favourites();
        List<DraftOrder> drafts = new ArrayList<>(PurchasePattern.draw(dice, plan, campaignsInCity));
        if (plan.stage() == Stage.POTENTIAL && dice.chance(0.1)) {
            DraftOrder cancelled = new DraftOrder(dice.between(1, potentialDay - 1), dice.wakingSecond(),
                    dice.between(50, 300) * 100L);
            cancelled.status = "CANCELLED";
            drafts.add(cancelled);
        }
        addUnpaid(drafts);
        refundParts(drafts);
        if (plan.stage() == Stage.AT_RISK) {
            lowerRecentValue(drafts);
        }
        CouponPolicy.apply(dice, plan.stage(), plan.has(Cause.PRICE_SENSITIVE), drafts);
        for (DraftOrder draft : drafts) {
            draft.category = favourites.get(Math.min(dice.weighted(6, 3, 1), favourites.size() - 1));
        }
        return book(drafts, favourites);
    }

    private List<String> favourites() {
        TreeSet<String> categories = new TreeSet<>();
        int count = dice.between(1, 3);
        while (categories.size() < count) {
            categories.add(Catalogue.category(dice));
        }
        List<String> favourites = new ArrayList<>(categories);
        // The first favourite is the one bought most; shuffle so that it is not always the first in name order.
        Collections.rotate(favourites, dice.between(0, favourites.size() - 1));
        return favourites;
    }

    /** Some orders were cancelled or fully refunded: neither counts as a purchase. */
    private void addUnpaid(List<DraftOrder> drafts) {
        int paid = drafts.size();
        for (int i = 0; i < paid; i++) {
            DraftOrder model = drafts.get(i);
            if (!model.paid()) {
                continue;
            }
            if (dice.chance(0.07)) {
                DraftOrder unpaid = new DraftOrder(model.day, dice.wakingSecond(), model.amountCents);
                unpaid.status = dice.chance(0.57) ? "CANCELLED" : "REFUNDED";
                unpaid.refundCents = "REFUNDED".equals(unpaid.status) ? unpaid.amountCents : 0;
                drafts.add(unpaid);
            }
        }
    }

    /** Partial refunds of paid orders, never inside an AT_RISK customer's recent window, whose value drop is exact. */
    private void refundParts(List<DraftOrder> drafts) {
        for (DraftOrder draft : drafts) {
            boolean recentAtRisk = plan.stage() == Stage.AT_RISK && draft.day <= PurchasePattern.RECENT_END;
            if (draft.paid() && !recentAtRisk && dice.chance(0.05)) {
                draft.refundCents = Math.round(draft.amountCents * dice.between(0.1, 0.5) / 10) * 10;
            }
        }
    }

    /** An AT_RISK customer's recent orders are worth 50-70% of the previous window's average net value. */
    private void lowerRecentValue(List<DraftOrder> drafts) {
        long sum = 0;
        int count = 0;
        for (DraftOrder draft : drafts) {
            boolean previous = draft.day >= PurchasePattern.PREVIOUS_START && draft.day <= PurchasePattern.PREVIOUS_END;
            if (draft.paid() && previous) {
                sum += draft.netCents();
                count++;
            }
        }
        double previousAverage = (double) sum / count;
        for (DraftOrder draft : drafts) {
            if (draft.paid() && draft.day <= PurchasePattern.RECENT_END) {
                draft.amountCents = Math.round(previousAverage * dice.between(0.5, 0.7) / 10) * 10;
            }
        }
    }

    private OrderBook book(List<DraftOrder> drafts, List<String> favourites) {
        drafts.sort(Comparator.comparingInt((DraftOrder d) -> -d.day).thenComparingInt(d -> d.second));
        List<OrderRow> rows = new ArrayList<>(drafts.size());
        TreeSet<String> bought = new TreeSet<>();
        int recency = -1;
        for (DraftOrder draft : drafts) {
            rows.add(draft.toRow(plan.id(), timeline));
            if (draft.paid()) {
                bought.add(draft.category);
                recency = recency < 0 ? draft.day : Math.min(recency, draft.day);
            }
        }
        int oldest = drafts.isEmpty() ? -1 : drafts.get(0).day;
        return new OrderBook(List.copyOf(rows), recency, oldest, List.copyOf(bought), List.copyOf(favourites));
    }
}
