package retention.db.simulate;

/**
 * The truth about one rule in the simulated market.
 *
 * @param ruleName the rule
 * @param customers the first choices the figures are over, both arms
 * @param uplift the true absolute uplift the measurement estimates: the chance to buy within the window of the
 *        treated arm minus that of the held-out arm, from the market's probabilities and the messages each customer
 *        actually got
 * @param planted the planted effect of the rule's own message alone, averaged over its treated first choices (zero
 *        for a message the contact policy kept back); it differs from {@code uplift} by what other rules did
 */
public record TrueUplift(String ruleName, long customers, double uplift, double planted) {
}
