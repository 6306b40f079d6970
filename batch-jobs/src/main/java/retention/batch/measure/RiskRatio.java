package retention.batch.measure;

/**
 * The relative uplift, treated rate / control rate − 1, with the interval of the log risk ratio (Katz et al. 1978):
 * ratios are skewed, their logarithm is close to normal.
 */
final class RiskRatio {

    private RiskRatio() {
    }

    /** The relative uplift with its 95% interval, or null when an arm has no conversion (the ratio is undefined). */
    static Interval relativeUplift(long x1, long n1, long x2, long n2) {
        if (x1 == 0 || x2 == 0) {
            return null;
        }
        double ratio = ((double) x1 / n1) / ((double) x2 / n2);
        double se = Math.sqrt(1.0 / x1 - 1.0 / n1 + 1.0 / x2 - 1.0 / n2);
        double log = Math.log(ratio);
        return new Interval(ratio - 1, Math.exp(log - Newcombe.Z * se) - 1, Math.exp(log + Newcombe.Z * se) - 1);
    }
}
