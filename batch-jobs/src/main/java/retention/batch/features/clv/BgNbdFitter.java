package retention.batch.features.clv;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/** Maximum-likelihood fit of the {@link BgNbdModel} to customer histories. */
public final class BgNbdFitter {

    private static final Comparator<CustomerHistory> ORDER = Comparator.comparingDouble(CustomerHistory::x)
            .thenComparingDouble(CustomerHistory::tx)
            .thenComparingDouble(CustomerHistory::T);

    private BgNbdFitter() {
    }

    /** Fits the model to one history per customer, grouping identical histories first (which leaves the fit as is). */
    public static BgNbdModel fit(Collection<CustomerHistory> customers) {
        Map<CustomerHistory, Long> counts = new TreeMap<>(ORDER);
        for (CustomerHistory customer : customers) {
            counts.merge(customer, 1L, Long::sum);
        }
        return fitWeighted(counts);
    }

    /**
     * Fits the model to distinct histories, each with the number of customers sharing it. The likelihood depends on a
     * customer only through (x, t_x, T), so this is exactly the fit over the expanded population.
     */
    public static BgNbdModel fitWeighted(Map<CustomerHistory, Long> counts) {
        Map<CustomerHistory, Long> sorted = new TreeMap<>(ORDER);
        sorted.putAll(counts);
        Terms terms = Terms.of(sorted);
        // Start at r = a = b = 1 with the mean purchase rate r/alpha equal to the observed x/T, so the start is on
        // the right scale whatever the time unit.
        double alpha = Math.max(terms.meanT(), 1e-3) / Math.max(terms.meanX(), 1e-3);
        double[] start = {0, Math.log(alpha), 0, 0};
        return toModel(Bfgs.minimize(terms::negativeMeanLogLikelihood, start).point());
    }

    /**
     * The objective the fit minimises, the negative mean log-likelihood of the histories, at {@code logParameters}
     * (log r, log alpha, log a, log b), with its gradient written into {@code gradient}.
     */
    static double negativeMeanLogLikelihood(Map<CustomerHistory, Long> counts, double[] logParameters,
            double[] gradient) {
        Map<CustomerHistory, Long> sorted = new TreeMap<>(ORDER);
        sorted.putAll(counts);
        return Terms.of(sorted).negativeMeanLogLikelihood(logParameters, gradient);
    }

    /** The optimiser works on log-parameters so every point it tries is a valid, positive parameter set. */
    private static BgNbdModel toModel(double[] logParameters) {
        return new BgNbdModel(Math.exp(logParameters[0]), Math.exp(logParameters[1]),
                Math.exp(logParameters[2]), Math.exp(logParameters[3]));
    }

    /**
     * Distinct histories as arrays, each value indexed into its distinct values, so that the gamma-function parts are
     * computed once per x and the logarithms once per t_x and T: a few thousand of each for 318,379 histories, so a
     * likelihood costs an exponential and a logarithm per history instead of three logarithms more.
     */
    private record Terms(Distinct x, Distinct tx, Distinct T, double[] weight, double total) {

        static Terms of(Map<CustomerHistory, Long> sorted) {
            if (sorted.isEmpty()) {
                throw new IllegalArgumentException("cannot fit the BG/NBD model to no customers");
            }
            int n = sorted.size();
            double[] x = new double[n];
            double[] tx = new double[n];
            double[] T = new double[n];
            double[] weight = new double[n];
            double total = 0;
            int i = 0;
            for (Map.Entry<CustomerHistory, Long> entry : sorted.entrySet()) {
                CustomerHistory history = entry.getKey();
                if (entry.getValue() == null || entry.getValue() <= 0) {
                    throw new IllegalArgumentException(
                            "count must be positive for " + history + ": " + entry.getValue());
                }
                x[i] = history.x();
                tx[i] = history.tx();
                T[i] = history.T();
                weight[i] = entry.getValue();
                total += weight[i];
                i++;
            }
            return new Terms(Distinct.of(x), Distinct.of(tx), Distinct.of(T), weight, total);
        }

        double meanT() {
            double sum = 0;
            for (int i = 0; i < weight.length; i++) {
                sum += weight[i] * T.value(i);
            }
            return sum / total;
        }

        double meanX() {
            double sum = 0;
            for (int i = 0; i < weight.length; i++) {
                sum += weight[i] * x.value(i);
            }
            return sum / total;
        }

        /**
         * The negative mean log-likelihood at {@code logParameters} (log r, log alpha, log a, log b) and its gradient.
         * Mean rather than total, so the optimiser's tolerance means the same for any population size.
         */
        double negativeMeanLogLikelihood(double[] logParameters, double[] gradient) {
            for (double value : logParameters) {
                if (Math.abs(value) > 700) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            BgNbdModel model = toModel(logParameters);
            double r = model.r();
            double alpha = model.alpha();
            double a = model.a();
            double b = model.b();
            double[] countLogTerm = x.map(model::countLogTerm);
            double[] deadLogWeight = x.map(model::deadLogWeight);
            // Derivatives of the count term by r, a and b, and of the dead weight by b, per distinct x.
            double psiR = SpecialFunctions.digamma(r);
            double psiAB = SpecialFunctions.digamma(a + b);
            double psiB = SpecialFunctions.digamma(b);
            double logAlpha = Math.log(alpha);
            double[] countByR = x.map(v -> SpecialFunctions.digamma(r + v) - psiR + logAlpha);
            double[] countByA = x.map(v -> psiAB - SpecialFunctions.digamma(a + b + v));
            double[] countByB = x.map(v -> SpecialFunctions.digamma(b + v) - SpecialFunctions.digamma(a + b + v)
                    - psiB + psiAB);
            double[] deadByB = x.map(v -> v > 0 ? -1 / (b + v - 1) : 0);
            double[] logAlphaTx = tx.map(model::logAlphaPlus);
            double[] logAlphaT = T.map(model::logAlphaPlus);
            double[] inverseTx = tx.map(t -> 1 / (alpha + t));
            double[] inverseT = T.map(t -> 1 / (alpha + t));
            double countByAlpha = r / alpha;
            double[] sums = ChunkedSum.sums(weight.length, 5, (sum, i) -> {
                int k = x.index()[i];
                int j = tx.index()[i];
                int m = T.index()[i];
                double w = weight[i];
                double rx = r + x.values()[k];
                // Eq. 6 as BgNbdModel.logLikelihood has it, with the shares of its two terms for the gradient.
                double alive = -rx * logAlphaT[m];
                // The share of the likelihood from "dropped out after t_x"; none without a repeat purchase.
                double deadShare = 0;
                double logLikelihood = countLogTerm[k] + alive;
                if (x.values()[k] > 0) {
                    double dead = deadLogWeight[k] - rx * logAlphaTx[j];
                    double e = Math.exp(-Math.abs(alive - dead));
                    logLikelihood = countLogTerm[k] + Math.max(alive, dead) + Math.log1p(e);
                    deadShare = alive >= dead ? e / (1 + e) : 1 / (1 + e);
                }
                double aliveShare = 1 - deadShare;
                sum[0] += w * logLikelihood;
                sum[1] += w * (countByR[k] - aliveShare * logAlphaT[m] - deadShare * logAlphaTx[j]);
                sum[2] += w * (countByAlpha - rx * (aliveShare * inverseT[m] + deadShare * inverseTx[j]));
                sum[3] += w * (countByA[k] + deadShare / a);
                sum[4] += w * (countByB[k] + deadShare * deadByB[k]);
            });
            gradient[0] = -r * sums[1] / total;
            gradient[1] = -alpha * sums[2] / total;
            gradient[2] = -a * sums[3] / total;
            gradient[3] = -b * sums[4] / total;
            return -sums[0] / total;
        }
    }

    /** The distinct values of a series and, for each element, the index of its value among them. */
    private record Distinct(double[] values, int[] index) {

        static Distinct of(double[] series) {
            double[] values = Arrays.stream(series).distinct().sorted().toArray();
            int[] index = new int[series.length];
            for (int i = 0; i < series.length; i++) {
                index[i] = Arrays.binarySearch(values, series[i]);
            }
            return new Distinct(values, index);
        }

        double value(int element) {
            return values[index[element]];
        }

        double[] map(DoubleUnaryOperator f) {
            double[] mapped = new double[values.length];
            for (int k = 0; k < values.length; k++) {
                mapped[k] = f.applyAsDouble(values[k]);
            }
            return mapped;
        }
    }
}
