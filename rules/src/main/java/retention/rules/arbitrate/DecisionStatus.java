package retention.rules.arbitrate;

/**
 * What arbitration decided for a proposal.
 */
public enum DecisionStatus {
    /** Goes ahead: a message is planned, a task is created, a suppression takes effect. */
    PLANNED,
    /** Lost to a higher-priority proposal for the same customer. */
    OUTRANKED,
    /** Stopped by a suppression rule for the customer, such as stop-contact. */
    SUPPRESSED,
    /**
     * Would have gone ahead, but the customer is in the control group of the rule (or the global control group):
     * nothing is sent, so that the customers who got the action can be compared with those who did not.
     */
    HELD_OUT
}
