package retention.db.simulate;

/**
 * The true effect of one rule in the simulated market: the mean over the customers it meant its message for of
 * the chance to buy within the attribution window with the message minus the chance without it (zero for a
 * message the contact policy kept back), as the measurement compares the treated arm with the held-out one.
 *
 * @param ruleName the rule
 * @param customers how many choices the mean is over
 * @param uplift the true absolute uplift, a probability difference
 */
public record TrueUplift(String ruleName, long customers, double uplift) {
}
