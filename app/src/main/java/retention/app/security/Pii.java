package retention.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Masks a customer's contact data (phone numbers, emails, WeChat open ids, push tokens) for callers whose key does
 * not carry the {@link Role#PII_READ} flag. What stays visible is enough to recognise a value already known, never
 * enough to contact the customer: a phone's last four digits, an email's first letter and domain, a WeChat id's
 * first and last three characters.
 */
public final class Pii {

    private Pii() {
    }

    /** Whether the current request may see contact data unmasked. */
    public static boolean readable() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> Role.PII_READ.equals(a.getAuthority()));
    }

    /** The value as the current caller may see it, for a contact of the given channel. */
    public static String forCaller(String channel, String value) {
        return readable() ? value : mask(channel, value);
    }

    /** The masked form of a contact value of the given channel (SMS, PHONE, EMAIL, WECHAT, PUSH). */
    public static String mask(String channel, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (channel == null ? "" : channel) {
            case "SMS", "PHONE" -> phone(value);
            case "EMAIL" -> email(value);
            case "WECHAT" -> wechat(value);
            default -> "****";
        };
    }

    static String phone(String value) {
        int keep = Math.min(4, value.length() / 3);
        return "*".repeat(Math.max(4, value.length() - keep)) + value.substring(value.length() - keep);
    }

    static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return "****";
        }
        return value.charAt(0) + "***" + value.substring(at);
    }

    static String wechat(String value) {
        if (value.length() <= 8) {
            return "****";
        }
        return value.substring(0, 3) + "****" + value.substring(value.length() - 3);
    }
}
