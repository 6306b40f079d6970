package retention.db.simulate;

import java.util.Collection;
import java.util.Map;

/**
 * What a message really does in the simulated market: the chance that it makes the customer buy within a week
 * of receiving it, by action code and churn cause, and the annoyance every message costs. The figures follow the
 * seeds' stories: a discount wins back price-sensitive customers and hardly anyone else, an apology works on
 * service-dissatisfied ones and hardly on price-sensitive ones, a VIP perk keeps a loyal customer buying.
 *
 * @param byActionAndCause response chance for an action code and a planted cause ("*" for any cause, "LOYAL" for
 *        a loyal customer without a cause)
 * @param otherwise the response chance of any message the table does not name
 * @param annoyance the share by which each message received in the last {@code annoyanceDays} lowers the customer's
 *        own buying rate
 * @param annoyanceDays how long a message annoys
 */
public record TrueEffects(Map<String, Map<String, Double>> byActionAndCause, double otherwise, double annoyance,
        int annoyanceDays) {

    public TrueEffects {
        byActionAndCause = Map.copyOf(byActionAndCause);
    }

    /** The market of issue 9: discounts for price, apologies for service, perks for loyalty, 3% annoyance. */
    public static TrueEffects defaults() {
        return new TrueEffects(Map.ofEntries(
                Map.entry("WINBACK_DISCOUNT", Map.of("PRICE_SENSITIVE", 0.30, "*", 0.03)),
                Map.entry("TARGETED_COUPON", Map.of("PRICE_SENSITIVE", 0.20, "*", 0.03)),
                Map.entry("FIRST_ORDER_COUPON", Map.of("*", 0.06)),
                Map.entry("WELCOME_NEXT_COUPON", Map.of("*", 0.06)),
                Map.entry("APOLOGY_COMPENSATION", Map.of("SERVICE_DISSATISFIED", 0.30, "PRICE_SENSITIVE", 0.02,
                        "*", 0.02)),
                Map.entry("CALLBACK_TASK", Map.of("SERVICE_DISSATISFIED", 0.35, "*", 0.04)),
                Map.entry("SERVICE_FOLLOW_UP", Map.of("SERVICE_DISSATISFIED", 0.20, "*", 0.03)),
                Map.entry("VIP_PERK", Map.of("LOYAL", 0.10, "*", 0.03)),
                Map.entry("DEDICATED_SERVICE_LINE", Map.of("LOYAL", 0.12, "*", 0.04)),
                Map.entry("EVENT_INVITATION", Map.of("LOYAL", 0.06, "*", 0.02)),
                Map.entry("NEW_CATEGORY_RECOMMENDATION", Map.of("NEEDS_CHANGED", 0.20, "*", 0.02)),
                Map.entry("PERSONAL_RECOMMENDATION", Map.of("NOT_PERSONALIZED", 0.15, "*", 0.03)),
                Map.entry("WE_FIXED_IT", Map.of("POOR_EXPERIENCE", 0.20, "*", 0.01)),
                Map.entry("SECURITY_ASSURANCE", Map.of("SECURITY_CONCERN", 0.20, "*", 0.01)),
                Map.entry("LOCAL_LANGUAGE_WINBACK", Map.of("LOCALIZATION_GAP", 0.25, "*", 0.01)),
                Map.entry("EXCLUSIVE_BUNDLE", Map.of("COMPETITOR_PULL", 0.15, "*", 0.03)),
                Map.entry("COMEBACK_GIFT", Map.of("PRICE_SENSITIVE", 0.10, "*", 0.05)),
                Map.entry("CARE_CONTENT", Map.of("*", 0.04)),
                Map.entry("PERSONAL_CHECK_IN", Map.of("*", 0.02)),
                Map.entry("SCENARIO_PUSH", Map.of("*", 0.04))),
                0.02, 0.03, 30);
    }

    /**
     * The chance that a message of this action makes this customer buy within a week: the best of the causes the
     * customer has, the loyal row for a loyal customer, else the action's "*" row, else {@link #otherwise}.
     */
    public double response(String actionCode, String stage, Collection<String> causes) {
        Map<String, Double> row = byActionAndCause.get(actionCode);
        if (row == null) {
            return otherwise;
        }
        double best = -1;
        for (String cause : causes) {
            best = Math.max(best, row.getOrDefault(cause, -1.0));
        }
        if ("LOYAL".equals(stage)) {
            best = Math.max(best, row.getOrDefault("LOYAL", -1.0));
        }
        return best >= 0 ? best : row.getOrDefault("*", otherwise);
    }
}
