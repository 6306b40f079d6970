package retention.app.simulate;

/**
 * One rule's measured uplift set against the truth of the simulated market.
 *
 * @param ruleName the rule
 * @param treated actions that went out, with a closed attribution window
 * @param control actions held out, with a closed attribution window
 * @param estimate the measured absolute uplift (a probability difference)
 * @param lower the lower bound of its 95% interval
 * @param upper the upper bound of its 95% interval
 * @param truth the true uplift: the difference between the arms' chances to buy, from the market's probabilities
 * @param planted the planted effect of the rule's own message alone
 */
public record RuleComparison(String ruleName, long treated, long control, double estimate, double lower, double upper,
        double truth, double planted) {

    /** Whether the truth lies inside the interval. */
    public boolean covers() {
        return lower <= truth && truth <= upper;
    }
}
