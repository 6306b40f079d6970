package retention.rules.facts;

import java.util.Locale;

/**
 * A way to reach a customer. PHONE is a callback task for the service team; LOG writes to a file (demo).
 */
public enum Channel {
    SMS, EMAIL, WECHAT, PUSH, PHONE, LOG;

    /**
     * Reads a channel name as typed in a file or on the command line, case-insensitively.
     *
     * @throws IllegalArgumentException naming the value and the channels that exist
     */
    public static Channel of(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown channel '" + text + "' (known: SMS, EMAIL, WECHAT, PUSH, PHONE, LOG)");
        }
    }
}
