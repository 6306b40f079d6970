package retention.app.api.action;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import retention.app.api.delivery.Delivery;

/**
 * One entry of the action log as the API shows it: what was decided for whom, by which rule of which rule book
 * version, on which facts, what happened to it, and its deliveries.
 *
 * @param id the action's id
 * @param runDate the night it was decided
 * @param customerId the customer
 * @param actionCode the action, as the rule book's catalogue names it
 * @param kind MESSAGE, TASK or SUPPRESS
 * @param status PLANNED, OUTRANKED or SUPPRESSED (HELD_OUT with a control group)
 * @param channel the channel
 * @param ruleName the rule that proposed it
 * @param ruleBookVersionId the rule book version the rule belongs to
 * @param priority the rule's priority
 * @param offer the offer in words, or null
 * @param template the message template, or null
 * @param reason the rule's reason, or why it did not go ahead (arbitration or suppression)
 * @param explanation the facts the rule's conditions tested, as {@code field = value; ...}
 * @param sendAt when its message is due (UTC), or null
 * @param createdAt when it was written (UTC)
 * @param deliveries its messages and how sending went; empty for an action that sends nothing
 */
public record Action(long id, LocalDate runDate, long customerId, String actionCode, String kind, String status,
        String channel, String ruleName, long ruleBookVersionId, int priority, String offer, String template,
        String reason, String explanation, LocalDateTime sendAt, LocalDateTime createdAt, List<Delivery> deliveries) {

    Action withDeliveries(List<Delivery> found) {
        return new Action(id, runDate, customerId, actionCode, kind, status, channel, ruleName, ruleBookVersionId,
                priority, offer, template, reason, explanation, sendAt, createdAt, List.copyOf(found));
    }
}
