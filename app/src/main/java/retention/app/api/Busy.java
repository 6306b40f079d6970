package retention.app.api;

/**
 * A request the service cannot take now but will later, such as a second rule book validation while one runs:
 * answered 503.
 */
public class Busy extends RuntimeException {

    public Busy(String message) {
        super(message);
    }
}
