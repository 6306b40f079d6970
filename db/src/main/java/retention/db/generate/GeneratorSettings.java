package retention.db.generate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many customers, from which seed, as of which run date, with how many deliberately bad rows,
 * and whether an existing shop may be replaced.
 *
 * @param customers how many customers (ids 1..customers), 100 to 1,000,000
 * @param seed the seed; the same customers, seed and asOf give the same rows
 * @param asOf the run date the planted truth refers to; every good row lies before its midnight (UTC)
 * @param badRowShare deliberately bad rows as a share of the orders, 0 to 0.05
 * @param replace whether to delete an existing shop first instead of refusing
 */
public record GeneratorSettings(int customers, long seed, LocalDate asOf, double badRowShare, boolean replace) {

    /** The fewest customers: below this the planted shares and causes cannot all appear. */
    public static final int MIN_CUSTOMERS = 100;

    /** The most customers, the size the nightly run is measured at. */
    public static final int MAX_CUSTOMERS = 1_000_000;

    /** The largest share of bad rows; more would no longer be a believable export. */
    public static final double MAX_BAD_ROW_SHARE = 0.05;

    public GeneratorSettings {
        if (customers < MIN_CUSTOMERS || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be between " + MIN_CUSTOMERS + " and " + MAX_CUSTOMERS
                    + ", was " + customers);
        }
        Objects.requireNonNull(asOf, "asOf must be given");
        if (!(badRowShare >= 0 && badRowShare <= MAX_BAD_ROW_SHARE)) {
            throw new IllegalArgumentException("badRowShare must be between 0 and " + MAX_BAD_ROW_SHARE + ", was "
                    + badRowShare);
        }
    }
}
