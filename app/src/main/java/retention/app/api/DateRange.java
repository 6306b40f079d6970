package retention.app.api;

import java.time.LocalDate;

/**
 * Run dates from and to, both included; either end may be open.
 *
 * @param from the first run date, or null
 * @param to the last run date, or null
 */
public record DateRange(LocalDate from, LocalDate to) {
}
