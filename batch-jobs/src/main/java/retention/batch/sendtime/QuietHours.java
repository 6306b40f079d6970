package retention.batch.sendtime;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Local hours in which nothing is sent, such as {@code 21:00-09:00} (from 21:00 up to, not including, 09:00 the
 * next morning). Equal ends mean no quiet hours.
 *
 * @param start the first quiet minute
 * @param end the first minute at which sending may resume
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /**
     * Reads {@code HH:mm-HH:mm}; also how Spring binds the property from text.
     *
     * @throws IllegalArgumentException naming the value and the expected form
     */
    public static QuietHours of(String text) {
        String[] ends = text.trim().split("\\s*-\\s*");
        try {
            if (ends.length == 2) {
                return new QuietHours(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]));
            }
        }
        catch (DateTimeParseException ex) {
            // Reported below with the expected form.
        }
        throw new IllegalArgumentException("quiet hours '" + text + "' must read HH:mm-HH:mm, e.g. 21:00-09:00");
    }

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
