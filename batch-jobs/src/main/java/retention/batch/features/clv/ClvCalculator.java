package retention.batch.features.clv;

import java.util.Objects;

/**
 * Customer lifetime value over a fixed horizon: BG/NBD expected purchases times Gamma-Gamma expected value per
 * purchase.
 *
 * <p>The horizon is in the time unit of the fitted BG/NBD model (52 for 12 months when fitted in weeks). Discounting
 * is off by default: over a 12-month horizon it lowers a value by only about half the yearly rate, nearly the same
 * factor for every customer, and the engine uses CLV to rank and segment customers, which that barely changes. When a
 * yearly rate d is given, the horizon is cut into months (twelfths of a year) and each month's expected purchases are
 * discounted by (1+d)^(-years to the month's end), the end-of-month convention the Python lifetimes package uses.
 */
public final class ClvCalculator {

    private static final double MONTHS_PER_YEAR = 12;

    private final BgNbdModel bgNbd;
    private final GammaGammaModel gammaGamma;
    private final double horizon;
    private final double unitsPerYear;
    private final double yearlyDiscountRate;

    /** An undiscounted calculator over {@code horizon} time units. */
    public ClvCalculator(BgNbdModel bgNbd, GammaGammaModel gammaGamma, double horizon) {
        this(bgNbd, gammaGamma, horizon, 1, 0);
    }

    /**
     * A calculator discounting at {@code yearlyDiscountRate} (0.1 for 10% a year), with {@code unitsPerYear} time
     * units in a year (52 for weeks, 365 for days).
     */
    public ClvCalculator(BgNbdModel bgNbd, GammaGammaModel gammaGamma, double horizon, double unitsPerYear,
            double yearlyDiscountRate) {
        this.bgNbd = Objects.requireNonNull(bgNbd, "bgNbd");
        this.gammaGamma = Objects.requireNonNull(gammaGamma, "gammaGamma");
        if (!(horizon >= 0) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("horizon must be finite and >= 0: " + horizon);
        }
        if (!(unitsPerYear > 0) || Double.isInfinite(unitsPerYear)) {
            throw new IllegalArgumentException("unitsPerYear must be finite and positive: " + unitsPerYear);
        }
        if (!(yearlyDiscountRate >= 0) || Double.isInfinite(yearlyDiscountRate)) {
            throw new IllegalArgumentException("yearlyDiscountRate must be finite and >= 0: " + yearlyDiscountRate);
        }
        this.horizon = horizon;
        this.unitsPerYear = unitsPerYear;
        this.yearlyDiscountRate = yearlyDiscountRate;
    }

    /** Values one customer from a summary row. */
    public CustomerValue value(CustomerSummary customer) {
        return value(customer.history(), customer.zbar());
    }

    /**
     * Values one customer; with no repeat purchase ({@code x = 0}) the expected value per purchase is the population
     * mean p·gamma/(q−1), which is what eq. 5 of the Gamma-Gamma paper gives there.
     */
    public CustomerValue value(CustomerHistory history, double zbar) {
        double x = history.x();
        double purchases = bgNbd.expectedPurchases(horizon, x, history.tx(), history.T());
        double averageValue = gammaGamma.expectedAverageValue(x, x == 0 ? 0 : zbar);
        double discountedPurchases = yearlyDiscountRate == 0 ? purchases : discountedPurchases(history);
        return new CustomerValue(bgNbd.pAlive(x, history.tx(), history.T()), purchases, averageValue,
                discountedPurchases * averageValue);
    }

    /** Sum over months of the purchases expected in that month, each discounted to now from the month's end. */
    private double discountedPurchases(CustomerHistory history) {
        double month = unitsPerYear / MONTHS_PER_YEAR;
        double sum = 0;
        double previousEnd = 0;
        double previousPurchases = 0;
        while (previousEnd < horizon) {
            double end = Math.min(previousEnd + month, horizon);
            double purchases = bgNbd.expectedPurchases(end, history.x(), history.tx(), history.T());
            sum += (purchases - previousPurchases) * Math.pow(1 + yearlyDiscountRate, -end / unitsPerYear);
            previousEnd = end;
            previousPurchases = purchases;
        }
        return sum;
    }
}
