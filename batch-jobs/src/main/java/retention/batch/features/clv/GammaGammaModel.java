package retention.batch.features.clv;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value
 * curves"): transaction values are gamma(p, nu) for each customer, and nu is gamma(q, gamma) across customers.
 *
 * @param p     shape of each customer's transaction-value distribution
 * @param q     shape of the distribution of the customers' scale parameters nu
 * @param gamma scale of the distribution of nu (in money units)
 */
public record GammaGammaModel(double p, double q, double gamma) {

    /** Rejects parameters outside the model's domain. */
    public GammaGammaModel {
        for (double value : new double[] {p, q, gamma}) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("Gamma-Gamma parameters must be finite and positive: p=" + p
                        + ", q=" + q + ", gamma=" + gamma);
            }
        }
    }

    /**
     * Expected average transaction value of a customer with {@code x} repeat purchases averaging {@code zbar} (eq. 5):
     * a weighted mean of the population mean p·gamma/(q−1) and zbar, with weight px/(px+q−1) on zbar. For x = 0 it
     * is the population mean.
     *
     * @throws IllegalStateException if x = 0 and q &lt;= 1, where the population mean is infinite
     */
    public double expectedAverageValue(double x, double zbar) {
        double denominator = p * x + q - 1;
        if (!(denominator > 0)) {
            throw new IllegalStateException("q=" + q + " <= 1: the population mean transaction value is infinite");
        }
        return (gamma + x * zbar) * p / denominator;
    }

    /** The population mean transaction value p·gamma/(q−1): what eq. 5 gives for a customer with no repeat purchase. */
    public double populationMeanValue() {
        return expectedAverageValue(0, 0);
    }

    /** Log of the density of {@code zbar} given {@code x > 0} repeat purchases, with nu integrated out. */
    public double logLikelihood(double x, double zbar) {
        if (!(x > 0) || !(zbar > 0)) {
            throw new IllegalArgumentException("Gamma-Gamma needs x > 0 and zbar > 0: x=" + x + ", zbar=" + zbar);
        }
        return logLikelihood(x, zbar, countLogTerm(x));
    }

    /** The parts of the log-density that depend on x only; fitters cache it per distinct x. */
    double countLogTerm(double x) {
        double px = p * x;
        return SpecialFunctions.lnGamma(px + q) - SpecialFunctions.lnGamma(px) - SpecialFunctions.lnGamma(q)
                + q * Math.log(gamma) + px * Math.log(x);
    }

    /**
     * zbar given x and nu is gamma(px, nu·x); mixing over nu ~ gamma(q, gamma) gives
     * Γ(px+q)/(Γ(px)Γ(q)) · gamma^q · x^(px) · zbar^(px−1) / (gamma + x·zbar)^(px+q).
     */
    double logLikelihood(double x, double zbar, double countLogTerm) {
        double px = p * x;
        return countLogTerm + (px - 1) * Math.log(zbar) - (px + q) * Math.log(gamma + x * zbar);
    }
}
