package retention.app.dispatch.channel;

/**
 * What a channel answered.
 *
 * @param result sent, or a transient or permanent failure
 * @param detail the provider's message id or reason, in its own words
 */
public record Delivery(Result result, String detail) {

    /** How a send ended. */
    public enum Result {
        SENT, TRANSIENT_FAILURE, PERMANENT_FAILURE
    }

    public static Delivery sent(String detail) {
        return new Delivery(Result.SENT, detail);
    }

    public static Delivery transientFailure(String reason) {
        return new Delivery(Result.TRANSIENT_FAILURE, reason);
    }

    public static Delivery permanentFailure(String reason) {
        return new Delivery(Result.PERMANENT_FAILURE, reason);
    }
}
