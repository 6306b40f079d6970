package retention.db.generate;

import java.time.LocalDateTime;

/**
 * A customer's everyday interactions: inquiries at a steady rate (falling only for AT_RISK customers, silent after
 * a CHURNED customer's last order), satisfied NPS answers, reviews and routine tickets resolved within a day.
 */
final class InteractionPlanner {

    private InteractionPlanner() {
    }

    static void plan(CustomerDraft d) {
        inquiries(d);
        satisfiedSurvey(d);
        reviews(d);
        routineTicket(d);
    }

    private static void inquiries(CustomerDraft d) {
        Dice dice = d.dice;
        switch (d.plan.stage()) {
            case POTENTIAL -> spread(d, dice.chance(0.3) ? 1 : 0, 1, d.oldestDay());
            case NEW -> spread(d, dice.between(0, 2), 1, d.oldestDay());
            case ACTIVE, LOYAL -> {
                int perWindow = dice.between(1, 2);
                spread(d, perWindow, 1, PurchasePattern.RECENT_END);
                spread(d, perWindow, PurchasePattern.PREVIOUS_START, PurchasePattern.PREVIOUS_END);
                spread(d, perWindow * (d.oldestDay() - 182) / 90, 183, d.oldestDay());
            }
            case AT_RISK -> {
                // The customer stopped asking: 2-4 inquiries before, at most one since (trend 0.5 or lower).
                spread(d, dice.between(0, 1), 1, PurchasePattern.RECENT_END);
                spread(d, dice.between(2, 4), PurchasePattern.PREVIOUS_START, PurchasePattern.PREVIOUS_END);
                spread(d, (d.oldestDay() - 182) / 90, 183, d.oldestDay());
            }
            case CHURNED -> {
                int before = Math.min(6, dice.between(0, 2) * (d.oldestDay() - d.book.recency()) / 90);
                spread(d, before, d.book.recency(), d.oldestDay());
            }
        }
    }

    private static void spread(CustomerDraft d, int count, int fromDay, int toDay) {
        int to = Math.min(toDay, d.oldestDay());
        for (int i = 0; i < count && fromDay <= to; i++) {
            d.interactions.add(inquiry(d, d.dice.between(fromDay, to), d.dice.pick(Catalogue.INQUIRY_REASONS)));
        }
    }

    /** An inquiry, answered within minutes to hours of the same day. */
    static InteractionRow inquiry(CustomerDraft d, int day, String reason) {
        LocalDateTime opened = d.time(day);
        LocalDateTime answered = opened.plusMinutes(d.dice.between(5, 360));
        return new InteractionRow(d.id(), "INQUIRY", reason, null, opened, answered,
                Notes.of(d.dice, d.identity.language(), reason));
    }

    private static void satisfiedSurvey(CustomerDraft d) {
        boolean dissatisfied = d.plan.has(Cause.SERVICE_DISSATISFIED);
        if (!dissatisfied && d.plan.stage() != Stage.POTENTIAL && d.oldestDay() >= 5 && d.dice.chance(0.2)) {
            int day = d.dice.between(5, Math.min(d.oldestDay(), 400));
            d.interactions.add(new InteractionRow(d.id(), "NPS_SURVEY", null, d.dice.between(7, 10), d.time(day),
                    null, null));
        }
    }

    private static void reviews(CustomerDraft d) {
        for (OrderRow order : d.book.orders()) {
            int day = d.timeline.dayOf(order.placedAt());
            if ("PAID".equals(order.status()) && day >= 2 && d.dice.chance(0.12)) {
                int reviewDay = d.dice.between(Math.max(1, day - 7), day - 1);
                boolean angry = d.plan.has(Cause.SERVICE_DISSATISFIED) && d.dice.chance(0.4);
                int stars = angry ? d.dice.between(1, 2) : 3 + d.dice.weighted(10, 35, 55);
                d.interactions.add(new InteractionRow(d.id(), "REVIEW", null, stars, d.time(reviewDay), null,
                        angry ? null : Notes.of(d.dice, d.identity.language(), "review")));
            }
        }
    }

    private static void routineTicket(CustomerDraft d) {
        if (d.plan.stage() != Stage.POTENTIAL && d.oldestDay() >= 3 && d.dice.chance(0.06)) {
            LocalDateTime opened = d.time(d.dice.between(3, Math.min(d.oldestDay(), 400)));
            d.interactions.add(new InteractionRow(d.id(), "TICKET", d.dice.pick(Catalogue.TICKET_REASONS), null,
                    opened, opened.plusHours(d.dice.between(1, 20)), null));
        }
    }
}
