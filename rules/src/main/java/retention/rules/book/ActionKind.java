package retention.rules.book;

/**
 * What an action does once decided.
 */
public enum ActionKind {
    /** A message to the customer over a channel. */
    MESSAGE,
    /** A task for people, such as a callback by the service team; nothing is sent to the customer. */
    TASK,
    /** Stop contacting the customer: every message proposed for them that night is suppressed. */
    SUPPRESS
}
