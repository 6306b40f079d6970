package retention.db.generate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One customer while their interactions, visits and contacts are being planned around the orders. */
final class CustomerDraft {

    final Dice dice;
    final CustomerPlan plan;
    final Identity identity;
    final Timeline timeline;
    final OrderBook book;
    /** Days before asOf of the registration: every row lies on a later day. */
    final int registeredDay;
    /** Days before asOf around which a churning customer's evidence lies (when things went wrong), else -1. */
    final int anchor;
    final List<InteractionRow> interactions = new ArrayList<>();
    final List<VisitRow> visits = new ArrayList<>();
    final List<ContactRow> contacts = new ArrayList<>();

    CustomerDraft(Dice dice, CustomerPlan plan, Identity identity, Timeline timeline, OrderBook book,
            int registeredDay) {
        this.dice = dice;
        this.plan = plan;
        this.identity = identity;
        this.timeline = timeline;
        this.book = book;
        this.registeredDay = registeredDay;
        this.anchor = anchor();
    }

    private int anchor() {
        return switch (plan.stage()) {
            // The decline shows in the last 90 days; what caused it came a little before.
            case AT_RISK -> dice.between(40, 120);
            // Shortly after the last order, and inside the 365-day look-back even for those who left long ago.
            case CHURNED -> Math.max(5, Math.min(355, book.recency() - dice.between(0, 20)));
            default -> -1;
        };
    }

    long id() {
        return plan.id();
    }

    /** The oldest day a row can lie on: the day after registration. */
    int oldestDay() {
        return registeredDay - 1;
    }

    /** The day kept between lo and hi and not before registration. */
    int clamp(int day, int lo, int hi) {
        return Math.max(lo, Math.min(day, Math.min(hi, oldestDay())));
    }

    LocalDateTime time(int day) {
        return timeline.at(day, dice.wakingSecond());
    }

    CustomerHistory history() {
        LocalDateTime registeredAt = timeline.at(registeredDay, dice.wakingSecond());
        interactions.sort(Comparator.comparing(InteractionRow::openedAt));
        visits.sort(Comparator.comparing(VisitRow::visitedAt));
        contacts.sort(Comparator.comparing(ContactRow::sentAt));
        return new CustomerHistory(plan, identity, registeredAt, book.orders(), List.copyOf(interactions),
                List.copyOf(visits), List.copyOf(contacts), List.of(), List.of());
    }
}
