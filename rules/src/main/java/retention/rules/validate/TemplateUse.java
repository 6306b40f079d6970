package retention.rules.validate;

/**
 * A message template a rule will use: named with {@code .template("...")}, or by default the action code in
 * kebab-case ({@code WINBACK_DISCOUNT} → {@code winback-discount}).
 *
 * @param template the template name
 * @param explicit whether the rule names it; false when it is the action's default
 * @param actionCode the action proposed
 * @param ruleName the rule that proposes it
 * @param offer the offer the rule gives in words, or null: a template that shows an offer needs one
 */
public record TemplateUse(String template, boolean explicit, String actionCode, String ruleName, String offer) {

    /** The default template of an action: its code in lower case with dashes. */
    public static String defaultName(String actionCode) {
        return actionCode.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
