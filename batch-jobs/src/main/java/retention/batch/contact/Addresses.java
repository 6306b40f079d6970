package retention.batch.contact;

import java.util.Locale;

import retention.rules.facts.Channel;

/**
 * Addresses in the form the do-not-contact list stores them, so that "+86 138 0000 0001" and "+8613800000001"
 * are the same number.
 */
public final class Addresses {

    private Addresses() {
    }

    public static String normalise(Channel channel, String address) {
        if (address == null) {
            return null;
        }
        return switch (channel) {
            case EMAIL -> address.strip().toLowerCase(Locale.ROOT);
            case SMS, PHONE -> (address.strip().startsWith("+") ? "+" : "") + address.replaceAll("[^0-9]", "");
            default -> address.strip();
        };
    }
}
