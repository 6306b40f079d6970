package retention.rules.arbitrate;

/**
 * The limits arbitration applies to one customer's proposals of one night.
 *
 * @param maxMessagesPerDay messages a customer may receive per run date across channels (default 1)
 */
public record ArbitrationPolicy(int maxMessagesPerDay) {

    public static final ArbitrationPolicy DEFAULT = new ArbitrationPolicy(1);

    public ArbitrationPolicy {
        if (maxMessagesPerDay < 0) {
            throw new IllegalArgumentException("maxMessagesPerDay must be 0 or more, was " + maxMessagesPerDay);
        }
    }
}
