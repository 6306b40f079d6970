package retention.batch.features.clv;

/**
 * Log-gamma, digamma, log-beta and the Gauss hypergeometric function, as needed by the BG/NBD and Gamma-Gamma models.
 */
final class SpecialFunctions {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double STIRLING_THRESHOLD = 12;
    private static final double RELATIVE_TOLERANCE = 1e-16;
    private static final int MAX_SERIES_TERMS = 1_000_000;

    private SpecialFunctions() {
    }

    /** Natural log of the gamma function for {@code x > 0}. */
    static double lnGamma(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("lnGamma needs a finite positive argument: " + x);
        }
        // Shift up with Gamma(z + 1) = z Gamma(z) until Stirling's series is accurate to ~1e-15.
        double product = 1;
        double z = x;
        while (z < STIRLING_THRESHOLD) {
            product *= z;
            z += 1;
        }
        return stirling(z) - Math.log(product);
    }

    /** Stirling's asymptotic series with Bernoulli terms up to B10 (error below 1e-15 for z >= 12). */
    private static double stirling(double z) {
        double inv = 1 / z;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
        return (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series;
    }

    /** The digamma function ψ(x) = d ln Γ(x) / dx for {@code x > 0}. */
    static double digamma(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("digamma needs a finite positive argument: " + x);
        }
        // Shift up with ψ(z + 1) = ψ(z) + 1/z, then the asymptotic series, accurate to ~1e-15 for z >= 12.
        double shift = 0;
        double z = x;
        while (z < STIRLING_THRESHOLD) {
            shift += 1 / z;
            z += 1;
        }
        double inv2 = 1 / (z * z);
        double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))));
        return Math.log(z) - 0.5 / z - series - shift;
    }

    /** Natural log of the beta function B(a, b) for positive arguments. */
    static double lnBeta(double a, double b) {
        return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
    }

    /**
     * Gauss hypergeometric function 2F1(a, b; c; z) by its power series, for {@code |z| < 1} and c not a
     * non-positive integer. Callers keep the terms well behaved (see the Euler transformation in BgNbdModel). The
     * number of terms grows like 1/(1-z): a few hundred for the usual horizons, about 10^5 at z = 0.9997.
     */
    static double hyp2f1(double a, double b, double c, double z) {
        if (!(Math.abs(z) < 1)) {
            throw new IllegalArgumentException("hyp2f1 series needs |z| < 1: " + z);
        }
        double term = 1;
        double sum = 1;
        for (int n = 0; n < MAX_SERIES_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            term *= ratio;
            sum += term;
            // Stop once the ratio has settled below 1 and the geometric bound on the tail is negligible.
            double absRatio = Math.abs(ratio);
            if (term == 0 || absRatio < 1 && Math.abs(term) / (1 - absRatio) <= RELATIVE_TOLERANCE * Math.abs(sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("hyp2f1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
    }
}
