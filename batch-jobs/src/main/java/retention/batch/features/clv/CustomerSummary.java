package retention.batch.features.clv;

import java.util.Objects;

/**
 * One row of a customer summary: who the customer is, their purchase history and the average value of their repeat
 * purchases.
 *
 * @param id      customer identifier
 * @param history repeat purchases, time of the last one and age
 * @param zbar    average value of the repeat purchases (0 when there are none)
 */
public record CustomerSummary(String id, CustomerHistory history, double zbar) {

    /** Checks the spend against the history, so {@link #spend()} cannot fail later. */
    public CustomerSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(history, "history");
        new SpendHistory(history.x(), zbar);
    }

    /** The spend part, as the Gamma-Gamma model sees it. */
    public SpendHistory spend() {
        return new SpendHistory(history.x(), zbar);
    }
}
