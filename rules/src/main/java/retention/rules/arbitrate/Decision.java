package retention.rules.arbitrate;

import retention.rules.book.ActionKind;
import retention.rules.book.Proposal;

/**
 * A proposal with the arbitration outcome.
 *
 * @param proposal what the rule proposed
 * @param kind message, task or suppression, from the action catalogue
 * @param status the outcome
 * @param reason why it did not go ahead ("outranked by rule X on SMS"), or null when planned
 */
public record Decision(Proposal proposal, ActionKind kind, DecisionStatus status, String reason) {

    public boolean planned() {
        return status == DecisionStatus.PLANNED;
    }

    /** Whether this decision puts a message in the outbox. */
    public boolean sendsMessage() {
        return planned() && kind == ActionKind.MESSAGE;
    }
}
