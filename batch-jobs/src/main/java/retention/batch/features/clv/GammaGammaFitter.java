package retention.batch.features.clv;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/** Maximum-likelihood fit of the {@link GammaGammaModel} to the spend of customers with repeat purchases. */
public final class GammaGammaFitter {

    /** Initial simplex step in log-parameter space: about a factor 1.6 either way. */
    private static final double STEP = 0.5;

    private static final Comparator<SpendHistory> ORDER = Comparator.comparingDouble(SpendHistory::x)
            .thenComparingDouble(SpendHistory::zbar);

    private GammaGammaFitter() {
    }

    /**
     * Fits the model to one spend per customer. Customers with x = 0 are skipped: they have no repeat transaction,
     * so no average value to learn from.
     */
    public static GammaGammaModel fit(Collection<SpendHistory> customers) {
        Map<SpendHistory, Long> counts = new TreeMap<>(ORDER);
        for (SpendHistory customer : customers) {
            counts.merge(customer, 1L, Long::sum);
        }
        return fitWeighted(counts);
    }

    /** Fits the model to distinct spends, each with the number of customers sharing it (x = 0 entries are skipped). */
    public static GammaGammaModel fitWeighted(Map<SpendHistory, Long> counts) {
        Map<SpendHistory, Long> sorted = new TreeMap<>(ORDER);
        counts.forEach((spend, count) -> {
            if (spend.x() > 0) {
                sorted.put(spend, count);
            }
        });
        Terms terms = Terms.of(sorted);
        // Start at p = 1, q = 2, where the population mean p·gamma/(q−1) equals gamma, set to the observed mean.
        double[] start = {0, Math.log(2), Math.log(terms.meanZbar())};
        NelderMead.Minimum minimum = NelderMead.minimize(terms::negativeMeanLogLikelihood, start, STEP);
        return toModel(minimum.point());
    }

    /** The optimiser works on log-parameters so every point it tries is a valid, positive parameter set. */
    private static GammaGammaModel toModel(double[] logParameters) {
        return new GammaGammaModel(Math.exp(logParameters[0]), Math.exp(logParameters[1]),
                Math.exp(logParameters[2]));
    }

    /** Distinct spends as arrays, indexed by their distinct x so the gamma-function parts are computed once per x. */
    private record Terms(double[] distinctX, int[] xIndex, double[] zbar, double[] weight, double total) {

        static Terms of(Map<SpendHistory, Long> sorted) {
            if (sorted.isEmpty()) {
                throw new IllegalArgumentException("cannot fit the Gamma-Gamma model: no customer has x > 0");
            }
            int n = sorted.size();
            double[] distinctX = new double[n];
            int[] xIndex = new int[n];
            double[] zbar = new double[n];
            double[] weight = new double[n];
            double total = 0;
            int distinct = 0;
            int i = 0;
            for (Map.Entry<SpendHistory, Long> entry : sorted.entrySet()) {
                SpendHistory spend = entry.getKey();
                if (entry.getValue() == null || entry.getValue() <= 0) {
                    throw new IllegalArgumentException(
                            "count must be positive for " + spend + ": " + entry.getValue());
                }
                if (distinct == 0 || distinctX[distinct - 1] != spend.x()) {
                    distinctX[distinct++] = spend.x();
                }
                xIndex[i] = distinct - 1;
                zbar[i] = spend.zbar();
                weight[i] = entry.getValue();
                total += weight[i];
                i++;
            }
            return new Terms(Arrays.copyOf(distinctX, distinct), xIndex, zbar, weight, total);
        }

        double meanZbar() {
            double sum = 0;
            for (int i = 0; i < zbar.length; i++) {
                sum += weight[i] * zbar[i];
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
            GammaGammaModel model = toModel(logParameters);
            double[] countLogTerm = new double[distinctX.length];
            for (int k = 0; k < distinctX.length; k++) {
                countLogTerm[k] = model.countLogTerm(distinctX[k]);
            }
            double sum = ChunkedSum.sum(zbar.length, i -> {
                int k = xIndex[i];
                return weight[i] * model.logLikelihood(distinctX[k], zbar[i], countLogTerm[k]);
            });
            return -sum / total;
        }
    }
}
