package retention.db.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Times in import files: ISO-8601 with an offset ({@code 2026-03-01T09:30:00+08:00}, {@code ...Z} for UTC; a space
 * may stand for the T), or a date alone for its midnight in UTC; stored in UTC to the second. A time without an
 * offset is refused rather than guessed, since a shop's export is as often in local time as in UTC.
 */
final class Times {

    /** Earlier times are taken for a mistyped year: online shops did not exist. */
    static final LocalDateTime EARLIEST = LocalDateTime.of(1990, 1, 1, 0, 0);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Times() {
    }

    /** Reads a time that must lie neither in the future nor before 1990. */
    static Column.Parser parser() {
        return (text, now) -> {
            LocalDateTime utc = utc(text);
            if (utc.isAfter(now)) {
                throw Values.invalid(text, "is in the future (it is now " + show(now) + ")");
            }
            if (utc.isBefore(EARLIEST)) {
                throw Values.invalid(text, "is before 1990; a mistyped year?");
            }
            return utc;
        };
    }

    /** A UTC time as the messages show it: 2026-03-01T01:30:00Z. */
    static String show(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).format(ISO);
    }

    private static LocalDateTime utc(String text) {
        LocalDateTime common = IsoTimes.utc(text);
        if (common != null) {
            return common;
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        try {
            return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                    .truncatedTo(ChronoUnit.SECONDS);
        }
        catch (DateTimeParseException notWithOffset) {
            if (parses(() -> LocalDateTime.parse(iso))) {
                throw Values.invalid(text, "has no offset; add Z for UTC or the offset it was written in, e.g. +08:00");
            }
            if (parses(() -> LocalDate.parse(iso))) {
                return LocalDate.parse(iso).atStartOfDay();
            }
            throw Values.invalid(text, "is not a time; write e.g. 2026-03-01T09:30:00+08:00, 2026-03-01T01:30:00Z or a "
                    + "date such as 2026-03-01");
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        }
        catch (DateTimeParseException ex) {
            return false;
        }
    }
}
