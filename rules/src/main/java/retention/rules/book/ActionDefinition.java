package retention.rules.book;

import java.math.BigDecimal;

/**
 * An action the rules may propose, as listed in the rule book's {@code actions.csv}.
 *
 * @param code the code rules use, such as {@code WINBACK_DISCOUNT}
 * @param kind message, task or suppression
 * @param cost what one action costs the shop on average (offer value, call time), in the shop's currency
 * @param description what the action is, for people reading the log
 */
public record ActionDefinition(String code, ActionKind kind, BigDecimal cost, String description) {
}
