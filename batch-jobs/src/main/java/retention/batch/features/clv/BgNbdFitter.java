package retention.batch.features.clv;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/** Maximum-likelihood fit of the {@link BgNbdModel} to customer histories. */
public final class BgNbdFitter {

    /** Initial simplex step in log-parameter space: about a factor 1.6 either way. */
    private static final double STEP = 0.5;

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
        NelderMead.Minimum minimum = NelderMead.minimize(terms::negativeMeanLogLikelihood, start, STEP);
        return toModel(minimum.point());
    }

    /** The optimiser works on log-parameters so every point it tries is a valid, positive parameter set. */
    private static BgNbdModel toModel(double[] logParameters) {
        return new BgNbdModel(Math.exp(logParameters[0]), Math.exp(logParameters[1]),
                Math.exp(logParameters[2]), Math.exp(logParameters[3]));
    }

    /** Distinct histories as arrays, indexed by distinct x so the gamma-function parts are computed once per x. */
    private record Terms(double[] distinctX, int[] xIndex, double[] tx, double[] T, double[] weight, double total) {

        static Terms of(Map<CustomerHistory, Long> sorted) {
            if (sorted.isEmpty()) {
                throw new IllegalArgumentException("cannot fit the BG/NBD model to no customers");
            }
            int n = sorted.size();
            double[] distinctX = new double[n];
            int[] xIndex = new int[n];
            double[] tx = new double[n];
            double[] T = new double[n];
            double[] weight = new double[n];
            double total = 0;
            int distinct = 0;
            int i = 0;
            for (Map.Entry<CustomerHistory, Long> entry : sorted.entrySet()) {
                CustomerHistory history = entry.getKey();
                if (entry.getValue() == null || entry.getValue() <= 0) {
                    throw new IllegalArgumentException(
                            "count must be positive for " + history + ": " + entry.getValue());
                }
                if (distinct == 0 || distinctX[distinct - 1] != history.x()) {
                    distinctX[distinct++] = history.x();
                }
                xIndex[i] = distinct - 1;
                tx[i] = history.tx();
                T[i] = history.T();
                weight[i] = entry.getValue();
                total += weight[i];
                i++;
            }
            return new Terms(Arrays.copyOf(distinctX, distinct), xIndex, tx, T, weight, total);
        }

        double meanT() {
            double sum = 0;
            for (int i = 0; i < T.length; i++) {
                sum += weight[i] * T[i];
            }
            return sum / total;
        }

        double meanX() {
            double sum = 0;
            for (int i = 0; i < T.length; i++) {
                sum += weight[i] * distinctX[xIndex[i]];
            }
            return sum / total;
        }

        /** Mean rather than total, so the optimiser's relative tolerance means the same for any population size. */
        double negativeMeanLogLikelihood(double[] logParameters) {
            for (double value : logParameters) {
                if (Math.abs(value) > 700) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            BgNbdModel model = toModel(logParameters);
            double[] countLogTerm = new double[distinctX.length];
            double[] deadLogWeight = new double[distinctX.length];
            for (int k = 0; k < distinctX.length; k++) {
                countLogTerm[k] = model.countLogTerm(distinctX[k]);
                deadLogWeight[k] = model.deadLogWeight(distinctX[k]);
            }
            double sum = ChunkedSum.sum(tx.length, i -> {
                int k = xIndex[i];
                return weight[i] * model.logLikelihood(distinctX[k], tx[i], T[i], countLogTerm[k], deadLogWeight[k]);
            });
            return -sum / total;
        }
    }
}
