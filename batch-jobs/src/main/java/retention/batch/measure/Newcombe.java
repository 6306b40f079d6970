package retention.batch.measure;

/**
 * Confidence intervals for proportions and their difference, by score methods that stay honest with small or
 * extreme counts (Newcombe R.G., "Interval estimation for the difference between independent proportions:
 * comparison of eleven methods", Statistics in Medicine 17:873–890, 1998). The textbook Wald interval
 * p ± 1.96·√(p(1−p)/n) is not used: with few conversions, or a rate near 0 or 1, it is too narrow (its coverage
 * falls far below 95%) and can even leave [0, 1]; a control group of a few hundred customers with a few
 * conversions is exactly that case.
 */
public final class Newcombe {

    /** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
    static final double Z = 1.959963984540054;

    private Newcombe() {
    }

    /** Wilson's score interval for a proportion x/n (Newcombe's method 3, without continuity correction). */
    public static Interval wilson(long x, long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("a proportion needs at least one trial, was n = " + n);
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException("successes must be from 0 to n = " + n + ", was " + x);
        }
        double p = (double) x / n;
        double z2 = Z * Z;
        double centre = 2 * n * p + z2;
        double spread = Z * Math.sqrt(z2 + 4 * n * p * (1 - p));
        double denominator = 2 * (n + z2);
        return new Interval(p, Math.max(0, (centre - spread) / denominator), Math.min(1, (centre + spread) / denominator));
    }

    /**
     * The hybrid score interval for the difference x1/n1 − x2/n2 (Newcombe's method 10): each rate's Wilson limits
     * are combined as δ − √((p1−l1)² + (u2−p2)²) and δ + √((u1−p1)² + (p2−l2)²).
     */
    public static Interval difference(long x1, long n1, long x2, long n2) {
        Interval a = wilson(x1, n1);
        Interval b = wilson(x2, n2);
        double d = a.estimate() - b.estimate();
        double lower = d - Math.sqrt(square(a.estimate() - a.lower()) + square(b.upper() - b.estimate()));
        double upper = d + Math.sqrt(square(a.upper() - a.estimate()) + square(b.estimate() - b.lower()));
        return new Interval(d, lower, upper);
    }

    private static double square(double v) {
        return v * v;
    }
}
