package retention.batch.features.clv;

/**
 * A customer's valuation over a horizon.
 *
 * @param pAlive               probability that the customer is still active now
 * @param expectedPurchases    expected number of purchases over the horizon (undiscounted)
 * @param expectedAverageValue expected value of each of those purchases
 * @param clv                  customer lifetime value over the horizon, discounted if a rate was given
 */
public record CustomerValue(double pAlive, double expectedPurchases, double expectedAverageValue, double clv) {
}
