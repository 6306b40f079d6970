package retention.app.api;

/**
 * A resource that does not exist: answered 404.
 */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
