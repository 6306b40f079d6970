package retention.db.generate;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Every row generated for one customer: the customer, their history, the planted truth and any bad rows.
 *
 * @param plan what was planted
 * @param identity the customer row's fields
 * @param registeredAt when they registered (UTC)
 * @param orders their orders, oldest first
 * @param interactions their interactions, oldest first
 * @param visits their site visits, oldest first
 * @param contacts messages sent to them, oldest first
 * @param badOrders deliberately bad orders (negative, future, or of a customer that does not exist)
 * @param badInteractions deliberately bad interactions (score out of range)
 */
record CustomerHistory(CustomerPlan plan, Identity identity, LocalDateTime registeredAt, List<OrderRow> orders,
        List<InteractionRow> interactions, List<VisitRow> visits, List<ContactRow> contacts, List<OrderRow> badOrders,
        List<InteractionRow> badInteractions) {

    CustomerHistory withBadRows(List<OrderRow> orders, List<InteractionRow> interactions) {
        return new CustomerHistory(plan, identity, registeredAt, this.orders, this.interactions, visits, contacts,
                orders, interactions);
    }

    long rows() {
        return 2 + orders.size() + interactions.size() + visits.size() + contacts.size() + badOrders.size()
                + badInteractions.size();
    }
}
