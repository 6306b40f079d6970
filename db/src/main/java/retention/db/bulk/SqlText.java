package retention.db.bulk;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * SQL literals for the values {@link MultiRowInsert} writes inline, appended without intermediate strings.
 */
final class SqlText {

    private SqlText() {
    }

    /**
     * Whether the text can be a quoted literal that every dialect reads alike: no backslash (an escape character for
     * MySQL unless {@code NO_BACKSLASH_ESCAPES} is set, a plain one for H2) and no control character.
     */
    static boolean printable(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '\\' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Appends the printable text in single quotes, each quote in it doubled. */
    static StringBuilder quote(String text, StringBuilder sql) {
        sql.append('\'');
        int from = 0;
        for (int quote = text.indexOf('\''); quote >= 0; quote = text.indexOf('\'', from)) {
            sql.append(text, from, quote + 1).append('\'');
            from = quote + 1;
        }
        return sql.append(text, from, text.length()).append('\'');
    }

    /** {@code yyyy-MM-dd}; years 0 to 9999, as the DATE type holds. */
    static StringBuilder date(LocalDate date, StringBuilder sql) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("no SQL date for " + date);
        }
        digits(year, 4, sql).append('-');
        digits(date.getMonthValue(), 2, sql).append('-');
        return digits(date.getDayOfMonth(), 2, sql);
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, with {@code .ffffff} only when there is a fraction of a second. */
    static StringBuilder dateTime(LocalDateTime time, StringBuilder sql) {
        date(time.toLocalDate(), sql).append(' ');
        digits(time.getHour(), 2, sql).append(':');
        digits(time.getMinute(), 2, sql).append(':');
        digits(time.getSecond(), 2, sql);
        int nanos = time.getNano();
        if (nanos != 0) {
            // Microseconds, the finest a MySQL column keeps; the column rounds them to its own precision.
            digits(nanos / 1000, 6, sql.append('.'));
        }
        return sql;
    }

    private static StringBuilder digits(int value, int width, StringBuilder sql) {
        for (int n = 1, bound = 10; n < width; n++, bound *= 10) {
            if (value < bound) {
                sql.append('0');
            }
        }
        return sql.append(value);
    }
}
