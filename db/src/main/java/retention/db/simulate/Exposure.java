package retention.db.simulate;

import java.time.LocalDate;

/**
 * A customer a rule chose on a night: held out (control), or in the treated arm, where the message went out or
 * the contact policy kept it back (suppressed, expired).
 *
 * @param customerId the customer
 * @param ruleName the rule that chose the customer
 * @param actionCode the action it decided
 * @param runDate the night the rule chose the customer
 * @param day the day the message went out or was given up; the night itself for a held-out customer
 * @param sent true when the message went out
 * @param heldOut true when the customer is in the rule's control group
 */
public record Exposure(long customerId, String ruleName, String actionCode, LocalDate runDate, LocalDate day,
        boolean sent, boolean heldOut) {
}
