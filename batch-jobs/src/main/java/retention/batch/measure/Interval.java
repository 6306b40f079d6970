package retention.batch.measure;

/**
 * An estimate with its 95% confidence interval.
 *
 * @param estimate the point estimate
 * @param lower the lower bound
 * @param upper the upper bound
 */
public record Interval(double estimate, double lower, double upper) {

    /** Whether the whole interval lies above zero: the data rule out "no effect" at the 95% level. */
    public boolean aboveZero() {
        return lower > 0;
    }
}
