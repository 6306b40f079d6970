package retention.db.simulate;

import java.time.LocalDate;

/**
 * A customer chosen by a rule on a night: sent the message (treated) or held out of it (control).
 *
 * @param customerId the customer
 * @param ruleName the rule that chose the customer
 * @param actionCode the action it decided
 * @param day the day the message went out, or would have
 * @param treated true when the message went out
 */
public record Exposure(long customerId, String ruleName, String actionCode, LocalDate day, boolean treated) {
}
