package retention.batch.sendtime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When one customer may receive a message over one channel: their preferred local time of day, never in the
 * channel's quiet hours, always on a send slot boundary.
 *
 * @param zone the customer's time zone
 * @param quiet the channel's quiet hours
 * @param preferred the local time of day to aim for (the customer's best hour, or the default)
 * @param slot the send slot length
 */
public record SendWindow(ZoneId zone, QuietHours quiet, LocalTime preferred, Duration slot) {

    /**
     * The first instant at or after {@code earliest} at which the message may go: the preferred time that day if it
     * is still ahead, else as soon as possible; out of quiet hours (into the next day's preferred time when the
     * quiet hours push it past midnight); rounded up to the slot.
     */
    public Instant earliestFrom(Instant earliest) {
        ZonedDateTime at = earliest.atZone(zone);
        LocalDate day = at.toLocalDate();
        ZonedDateTime preferredThatDay = preferredOn(day);
        ZonedDateTime candidate = roundUp(at.isAfter(preferredThatDay) ? at : preferredThatDay);
        for (int guard = 0; guard < 3 && quiet.contains(candidate.toLocalTime()); guard++) {
            ZonedDateTime end = candidate.toLocalDate().atTime(quiet.end()).atZone(zone);
            if (!end.isAfter(candidate)) {
                end = end.plusDays(1);
            }
            ZonedDateTime preferredThen = preferredOn(end.toLocalDate());
            candidate = roundUp(end.toLocalDate().isAfter(day) && preferredThen.isAfter(end) ? preferredThen : end);
        }
        return candidate.toInstant();
    }

    /** The preferred time on a local date; the end of the quiet hours when the preferred time is itself quiet. */
    private ZonedDateTime preferredOn(LocalDate day) {
        LocalTime time = quiet.contains(preferred) ? quiet.end() : preferred;
        return day.atTime(time).atZone(zone);
    }

    private ZonedDateTime roundUp(ZonedDateTime time) {
        long seconds = slot.toSeconds();
        long epoch = time.toEpochSecond() + (time.getNano() > 0 ? 1 : 0);
        long rounded = Math.floorDiv(epoch + seconds - 1, seconds) * seconds;
        return Instant.ofEpochSecond(rounded).atZone(zone);
    }

    /** The start of the slot that holds an instant. */
    public static Instant slotOf(Instant instant, Duration slot) {
        long seconds = slot.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
    }
}
