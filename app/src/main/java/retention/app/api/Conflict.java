package retention.app.api;

/**
 * A request that cannot be done in the resource's present state, such as restarting a completed run: answered 409.
 */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
