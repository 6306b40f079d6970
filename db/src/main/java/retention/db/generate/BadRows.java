package retention.db.generate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Deliberately bad rows for the nightly run's bad-data handling: orders with a negative amount, orders placed after
 * asOf, orders of customers that do not exist and survey answers scored 42. They come from a stream of their own,
 * so the good rows do not depend on the share, and each lies where it changes no planted stage or cause even if a
 * reader failed to skip it: negative orders 400+ days back of customers whose stage ignores the total count, bad
 * scores outside the 365-day look-back.
 */
final class BadRows {

    private final long seed;
    private final double share;
    private final int customers;
    private final Timeline timeline;

    BadRows(long seed, double share, int customers, Timeline timeline) {
        this.seed = seed;
        this.share = share;
        this.customers = customers;
        this.timeline = timeline;
    }

    /** The history with about share bad rows per good order of the customer. */
    CustomerHistory add(CustomerHistory history) {
        if (share == 0 || history.orders().isEmpty()) {
            return history;
        }
        long id = history.plan().id();
        Dice dice = Dice.of(seed, -id);
        List<OrderRow> orders = new ArrayList<>();
        List<InteractionRow> interactions = new ArrayList<>();
        for (int i = history.orders().size(); i > 0; i--) {
            if (!dice.chance(share)) {
                continue;
            }
            int kind = dice.between(0, 3);
            if (kind == 0 && countFree(history.plan().stage())) {
                orders.add(order(id, timeline.at(dice.between(401, 449), dice.wakingSecond()), -cents(dice), dice));
            }
            else if (kind <= 1) {
                orders.add(order(id, timeline.t0().plusDays(dice.between(0, 30)).plusSeconds(dice.wakingSecond()),
                        cents(dice), dice));
            }
            else if (kind == 2) {
                long stranger = customers + 1L + dice.between(0, Math.max(10, customers / 50));
                orders.add(order(stranger, timeline.at(dice.between(1, 360), dice.wakingSecond()), cents(dice), dice));
            }
            else {
                interactions.add(new InteractionRow(id, "NPS_SURVEY", null, 42,
                        timeline.at(dice.between(370, 449), dice.wakingSecond()), null, null));
            }
        }
        return history.withBadRows(List.copyOf(orders), List.copyOf(interactions));
    }

    /** Stages that do not depend on the total order count once recency or the windows decide. */
    private static boolean countFree(Stage stage) {
        return stage == Stage.ACTIVE || stage == Stage.LOYAL || stage == Stage.AT_RISK || stage == Stage.CHURNED;
    }

    private static long cents(Dice dice) {
        return dice.between(10, 300) * 100L;
    }

    private static OrderRow order(long customerId, LocalDateTime placedAt, long cents, Dice dice) {
        return new OrderRow(customerId, placedAt, "PAID", cents, 0, 0, null, Catalogue.category(dice));
    }
}
