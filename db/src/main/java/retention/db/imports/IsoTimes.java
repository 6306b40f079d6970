package retention.db.imports;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the common shape of an ISO-8601 time with an offset, {@code 2026-03-01T09:30:00+08:00} or {@code ...Z}
 * (a space for the T, fractions of a second dropped), character by character: about ten times faster than
 * {@code OffsetDateTime.parse}, which matters at a million rows with several times each. Anything else is left
 * to {@link Times}' full parser and its messages.
 */
final class IsoTimes {

    private static final int NONE = Integer.MIN_VALUE;

    private IsoTimes() {
    }

    /** The time in UTC to the second, or null when the text is not of the common shape or not a valid time. */
    static LocalDateTime utc(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || (text.charAt(10) != 'T' && text.charAt(10) != ' ') || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int end = 19;
        if (text.charAt(end) == '.') {
            do {
                end++;
            } while (end < n && isDigit(text.charAt(end)));
        }
        int offset = offsetSeconds(text, end);
        if (offset == NONE) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).minusSeconds(offset);
        }
        catch (DateTimeException ex) {
            return null;
        }
    }

    /** Seconds east of UTC of the Z or ±hh:mm that ends the text at from, or {@link #NONE}. */
    private static int offsetSeconds(String text, int from) {
        int n = text.length();
        if (from == n - 1 && text.charAt(from) == 'Z') {
            return 0;
        }
        if (from != n - 6 || text.charAt(from + 3) != ':' || (text.charAt(from) != '+' && text.charAt(from) != '-')) {
            return NONE;
        }
        int hours = digits(text, from + 1, 2);
        int minutes = digits(text, from + 4, 2);
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return NONE;
        }
        int sign = text.charAt(from) == '-' ? -1 : 1;
        return sign * (hours * 3600 + minutes * 60);
    }

    /** The number written by count digits at from, or -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
