package retention.db.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Turns "days before the run date" into UTC times. Day d is the calendar day d days before asOf, so a row of day 1
 * to 90 lies in the window [t0 - 90 days, t0) whichever way a reader computes it (dates or date-times).
 *
 * @param asOf the run date; t0 is its midnight
 */
record Timeline(LocalDate asOf) {

    LocalDateTime t0() {
        return asOf.atStartOfDay();
    }

    LocalDateTime at(int daysBefore, int secondOfDay) {
        return t0().minusDays(daysBefore).plusSeconds(secondOfDay);
    }

    /** The day (days before asOf) on which a time falls. */
    int dayOf(LocalDateTime time) {
        return (int) ChronoUnit.DAYS.between(time.toLocalDate(), asOf);
    }

    /** The time, or null when it would not lie before t0: what has not happened by the run date is not in the data. */
    LocalDateTime beforeT0(LocalDateTime time) {
        return time.isBefore(t0()) ? time : null;
    }
}
