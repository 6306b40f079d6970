package retention.rules.template;

import java.util.Locale;

/**
 * The template a message uses when its rule names none: the action code in kebab case.
 */
public final class TemplateNames {

    private TemplateNames() {
    }

    /** {@code WINBACK_DISCOUNT} → {@code winback-discount}. */
    public static String forAction(String actionCode) {
        return actionCode.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rule's template when it gave one, else the action's default. */
    public static String resolve(String ruleTemplate, String actionCode) {
        return ruleTemplate == null || ruleTemplate.isBlank() ? forAction(actionCode) : ruleTemplate.trim();
    }
}
