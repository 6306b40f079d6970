package retention.batch.sendtime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The local hour of UTC times in one zone. A zone keeps one offset for months or decades, so the offset found for one
 * time is kept for every time up to the zone's next change: a subtraction per time instead of a zoned date-time
 * (measured: most of the plan step's Java time went into converting ten million order times).
 */
final class LocalHours {

    private final ZoneRules rules;
    private long validFrom = Long.MAX_VALUE;
    private long validUntil = Long.MIN_VALUE;
    private int offsetSeconds;

    LocalHours(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** The hour of the day, 0 to 23, in the zone at the UTC time {@code utc}. */
    int hourOf(LocalDateTime utc) {
        long epochSecond = utc.toEpochSecond(ZoneOffset.UTC);
        if (epochSecond < validFrom || epochSecond >= validUntil) {
            offsetAt(epochSecond);
        }
        return (int) (Math.floorMod(epochSecond + offsetSeconds, 86_400L) / 3_600);
    }

    private void offsetAt(long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        offsetSeconds = rules.getOffset(instant).getTotalSeconds();
        // The last change at or before the time, and the first one after it.
        ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(instant);
        validFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        validUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    }
}
