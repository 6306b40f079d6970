package retention.batch.preview;

/**
 * How a planned action differs between the live and the candidate rule book for one customer.
 */
public enum ChangeKind {
    /** Planned by the candidate only. */
    ADDED,
    /** Planned by the live rule book only. */
    REMOVED,
    /** Planned by both, with another channel, offer, template or rule. */
    CHANGED
}
