package retention.db.simulate;

import java.time.LocalDate;

/**
 * A customer a rule chose for its message on a night, in the treated arm: the message went out, or the contact
 * policy kept it back (suppressed, expired). Held-out customers are not exposures: nothing reaches them.
 *
 * @param customerId the customer
 * @param ruleName the rule that chose the customer
 * @param actionCode the action it decided
 * @param runDate the night the rule chose the customer
 * @param day the day the message went out, or was given up
 * @param sent true when the message went out
 */
public record Exposure(long customerId, String ruleName, String actionCode, LocalDate runDate, LocalDate day,
        boolean sent) {
}
