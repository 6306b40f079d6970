package retention.batch.preview;

/**
 * One customer a change concerns, with why.
 *
 * @param customerId the customer
 * @param rule the rule that proposes the action (for a removed action, the live rule that did)
 * @param explanation the facts that rule tested, {@code field = value; ...}
 * @param before for a changed action, what the live rule book planned ("SMS, rule X, offer Y"); else null
 */
public record PreviewExample(long customerId, String rule, String explanation, String before) {
}
