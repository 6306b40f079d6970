package retention.app.api.skip;

import java.time.LocalDate;

/**
 * A record the nightly run could not use and skipped, with the reason.
 *
 * @param id the skip's id
 * @param runDate the night
 * @param step the step that skipped it
 * @param item what was skipped, such as {@code customer 42}
 * @param reason why
 */
public record Skip(long id, LocalDate runDate, String step, String item, String reason) {
}
