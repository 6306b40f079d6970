package retention.rules.facts;

/**
 * A customer's lifecycle stage on a run date (DOMAIN.md, seed 001; AT_RISK is seed 002's early-warning layer).
 */
public enum Stage {
    /** Registered, no paid order yet. */
    POTENTIAL,
    /** One or two paid orders in total. */
    NEW,
    /** Buys regularly, about one to three orders a month over the trailing window. */
    ACTIVE,
    /** Buys often: three or more orders a month, or the top RFM tier. */
    LOYAL,
    /** Was active or loyal and the early-warning signals fire. */
    AT_RISK,
    /** No paid order for longer than the churn threshold (90 days by default). */
    CHURNED
}
