package retention.rules.facts;

/**
 * Why a customer leaves or is about to (DOMAIN.md). A customer can carry several, each with its evidence.
 */
public enum ChurnCause {
    PRICE_SENSITIVE,
    SERVICE_DISSATISFIED,
    NEEDS_CHANGED,
    POOR_EXPERIENCE,
    COMPETITOR_PULL,
    SECURITY_CONCERN,
    LOCALIZATION_GAP,
    NOT_PERSONALIZED
}
