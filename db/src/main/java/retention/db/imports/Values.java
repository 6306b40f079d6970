package retention.db.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parsers of the import files' field types; each failure message quotes the text and says what is expected. */
final class Values {

    /** The languages the product has templates and names for. */
    static final List<String> LANGUAGES = List.of("zh-CN", "zh-HK", "en");

    private static final BigDecimal MAX_MONEY = new BigDecimal("9999999999.99");
    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "1", true, "0", false,
            "yes", true, "no", false);

    private Values() {
    }

    /** A positive whole number, as ids are. */
    static Column.Parser id() {
        return (text, now) -> {
            long id = whole(text, "an id");
            if (id <= 0) {
                throw invalid(text, "is not a valid id; ids are whole numbers from 1");
            }
            return id;
        };
    }

    /** A whole number from min to max. */
    static Column.Parser count(int min, int max) {
        return (text, now) -> {
            long value = whole(text, "a whole number");
            if (value < min || value > max) {
                throw invalid(text, "is out of range; expected " + min + " to " + max);
            }
            return (int) value;
        };
    }

    /** Text of at most max characters (as the database counts them: code points). */
    static Column.Parser text(int max) {
        return (text, now) -> {
            int length = text.codePointCount(0, text.length());
            if (length > max) {
                throw new IllegalArgumentException("is " + length + " characters long; at most " + max + " fit");
            }
            return text;
        };
    }

    /** An e-mail address: something, an @, a domain; no spaces. */
    static Column.Parser email(int max) {
        Column.Parser length = text(max);
        return (text, now) -> {
            int at = text.indexOf('@');
            if (at <= 0 || at == text.length() - 1 || text.indexOf('@', at + 1) >= 0 || text.contains(" ")) {
                throw invalid(text, "is not an e-mail address");
            }
            return length.parse(text, now);
        };
    }

    /** Money: digits with an optional dot and at most two decimals, 0 or more. */
    static Column.Parser money() {
        return (text, now) -> {
            if (text.indexOf(',') >= 0 && isDecimal(text.replace(',', '.'))) {
                throw invalid(text, "uses a comma; write amounts with a dot, e.g. 129.50");
            }
            if (!isDecimal(text)) {
                throw invalid(text, "is not an amount; write digits with a dot and no thousands separator, "
                        + "e.g. 1299.50");
            }
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() < 0) {
                throw invalid(text, "is negative; amounts are 0 or more");
            }
            if (amount.scale() > 2) {
                throw invalid(text, "has more than 2 decimals");
            }
            if (amount.compareTo(MAX_MONEY) > 0) {
                throw invalid(text, "is too large; at most 9999999999.99");
            }
            return amount;
        };
    }

    /** true/false, 1/0 or yes/no, in any case. */
    static Column.Parser bool() {
        return (text, now) -> {
            Boolean value = BOOLEANS.get(text.toLowerCase(Locale.ROOT));
            if (value == null) {
                throw invalid(text, "is not a yes/no value; write true, false, 1, 0, yes or no");
            }
            return value;
        };
    }

    /** One of the given names, in any case; stored in upper case. */
    static Column.Parser oneOf(List<String> names) {
        return (text, now) -> {
            String upper = text.toUpperCase(Locale.ROOT);
            if (!names.contains(upper)) {
                throw invalid(text, "is not one of " + String.join(", ", names));
            }
            return upper;
        };
    }

    /** A language tag the product knows, in any case; stored as written in {@link #LANGUAGES}. */
    static Column.Parser language() {
        return (text, now) -> LANGUAGES.stream().filter(tag -> tag.equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> invalid(text, "is not a language the product knows; use one of "
                        + String.join(", ", LANGUAGES)));
    }

    /** A time-zone id such as Asia/Shanghai. */
    static Column.Parser zone() {
        return (text, now) -> {
            try {
                return ZoneId.of(text).getId();
            }
            catch (DateTimeException ex) {
                throw invalid(text, "is not a time zone; use a name such as Asia/Shanghai or Asia/Hong_Kong");
            }
        };
    }

    /** A moment: see {@link Times#parser()}. */
    static Column.Parser time() {
        return Times.parser();
    }

    private static long whole(String text, String what) {
        if (!isWhole(text)) {
            throw invalid(text, "is not " + what + "; write digits only");
        }
        try {
            return Long.parseLong(text);
        }
        catch (NumberFormatException ex) {
            throw invalid(text, "is too large");
        }
    }

    /** As the pattern [+-]?[0-9]+, without a regex: it runs for most fields of a million rows. */
    private static boolean isWhole(String text) {
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** As the pattern -?[0-9]+(\\.[0-9]+)?, without a regex. */
    private static boolean isDecimal(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int whole = i;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == whole) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        int fraction = i + 1;
        if (text.charAt(i) != '.' || fraction == text.length()) {
            return false;
        }
        for (i = fraction; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static IllegalArgumentException invalid(String text, String problem) {
        return new IllegalArgumentException("'" + text + "' " + problem);
    }
}
