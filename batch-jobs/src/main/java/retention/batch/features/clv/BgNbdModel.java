package retention.batch.features.clv;

/**
 * The BG/NBD model of repeat buying (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"), with its
 * gamma(r, alpha) purchase-rate and beta(a, b) dropout heterogeneity.
 *
 * <p>Times are in whatever unit the model was fitted with; {@code alpha} carries that unit.
 *
 * @param r     shape of the gamma distribution of purchase rates
 * @param alpha scale of the gamma distribution of purchase rates (a time)
 * @param a     first shape of the beta distribution of dropout probabilities
 * @param b     second shape of the beta distribution of dropout probabilities
 */
public record BgNbdModel(double r, double alpha, double a, double b) {

    /** Eq. 10 is 0/0 at a = 1 but continuous there, so a is moved this far off 1 (relative error of that order). */
    private static final double NUDGE = 1e-8;

    /** Rejects parameters outside the model's domain. */
    public BgNbdModel {
        for (double value : new double[] {r, alpha, a, b}) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("BG/NBD parameters must be finite and positive: r=" + r
                        + ", alpha=" + alpha + ", a=" + a + ", b=" + b);
            }
        }
    }

    /**
     * Probability that a customer with this history is still alive at {@code T}: the reciprocal of the denominator of
     * eq. 10. A customer with no repeat purchase cannot have dropped out yet (dropout happens only right after a
     * purchase), hence 1 for {@code x = 0}.
     */
    public double pAlive(double x, double tx, double T) {
        if (x == 0) {
            return 1;
        }
        double logOdds = deadLogWeight(x) + (r + x) * Math.log((alpha + T) / (alpha + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * Expected number of purchases in the next {@code t} time units for a customer with this history (eq. 10).
     *
     * <p>The paper's factor ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z) is evaluated through Euler's
     * transformation 2F1(a,b;c;z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z), which turns it into
     * (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z): the same value, but a series whose terms shrink as x grows
     * instead of overflowing for heavy buyers.
     */
    public double expectedPurchases(double t, double x, double tx, double T) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("horizon t must be finite and >= 0: " + t);
        }
        double shape = Math.abs(a - 1) < NUDGE ? 1 + NUDGE : a;
        double z = t / (alpha + T + t);
        double oneMinusZ = (alpha + T) / (alpha + T + t);
        double tail = Math.pow(oneMinusZ, shape - 1)
                * SpecialFunctions.hyp2f1(shape + b - 1 - r, shape - 1, shape + b + x - 1, z);
        return (shape + b + x - 1) / (shape - 1) * (1 - tail) * pAlive(x, tx, T);
    }

    /**
     * Log-likelihood of one customer's history (eq. 6, evaluated in log space so large x cannot overflow): ln A1 +
     * ln A2 + ln(A3 + A4), with A3 alive at T, A4 dead after t_x. The fitter evaluates the same from cached parts,
     * together with its gradient.
     */
    public double logLikelihood(double x, double tx, double T) {
        double alive = -(r + x) * logAlphaPlus(T);
        if (x == 0) {
            return countLogTerm(x) + alive;
        }
        double dead = deadLogWeight(x) - (r + x) * logAlphaPlus(tx);
        return countLogTerm(x) + Math.max(alive, dead) + Math.log1p(Math.exp(-Math.abs(alive - dead)));
    }

    /** The parts of eq. 6 that depend on x only, ln(A1) + ln(A2); fitters cache it per distinct x. */
    double countLogTerm(double x) {
        return SpecialFunctions.lnGamma(r + x) - SpecialFunctions.lnGamma(r) + r * Math.log(alpha)
                + SpecialFunctions.lnBeta(a, b + x) - SpecialFunctions.lnBeta(a, b);
    }

    /** ln(a / (b + x - 1)) = ln[B(a+1, b+x-1) / B(a, b+x)], the weight of "dropped out after t_x" (x > 0 only). */
    double deadLogWeight(double x) {
        return x > 0 ? Math.log(a / (b + x - 1)) : Double.NEGATIVE_INFINITY;
    }

    /** ln(alpha + t); fitters cache it per distinct time. */
    double logAlphaPlus(double t) {
        return Math.log(alpha + t);
    }
}
