package retention.app.webhook;

import java.util.Locale;

/**
 * What a subscription receives: new actions of the log, and deliveries that reached a final status.
 */
enum EventType {
    ACTION, DELIVERY;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EventType of(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException | NullPointerException ex) {
            throw new IllegalArgumentException("unknown event '" + text + "' (known: action, delivery)");
        }
    }
}
