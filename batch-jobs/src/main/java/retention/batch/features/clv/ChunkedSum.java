package retention.batch.features.clv;

import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/** Sums a large indexed series in parallel, yet bit-for-bit reproducibly. */
final class ChunkedSum {

    /** Large enough that a chunk outweighs the cost of scheduling it. */
    private static final int CHUNK = 8192;

    private ChunkedSum() {
    }

    /**
     * Returns the sum of {@code term(i)} for i in [0, size). Chunk boundaries depend only on {@code size} and the
     * chunk totals are added in index order, so the result does not depend on the thread count or scheduling; this
     * keeps the fits deterministic while using every core on populations of a million customers.
     */
    static double sum(int size, IntToDoubleFunction term) {
        double[] partial = new double[(size + CHUNK - 1) / CHUNK];
        IntStream.range(0, partial.length).parallel().forEach(chunk -> {
            double sum = 0;
            for (int i = chunk * CHUNK, end = Math.min(size, i + CHUNK); i < end; i++) {
                sum += term.applyAsDouble(i);
            }
            partial[chunk] = sum;
        });
        double total = 0;
        for (double value : partial) {
            total += value;
        }
        return total;
    }

    /** Adds the terms of index i to the running sums {@code sums}. */
    @FunctionalInterface
    interface Terms {
        void addTo(double[] sums, int i);
    }

    /** Like {@link #sum}, for {@code width} sums over the same series at once, as reproducibly. */
    static double[] sums(int size, int width, Terms terms) {
        double[][] partial = new double[(size + CHUNK - 1) / CHUNK][width];
        IntStream.range(0, partial.length).parallel().forEach(chunk -> {
            double[] sums = partial[chunk];
            for (int i = chunk * CHUNK, end = Math.min(size, i + CHUNK); i < end; i++) {
                terms.addTo(sums, i);
            }
        });
        double[] total = new double[width];
        for (double[] sums : partial) {
            for (int j = 0; j < width; j++) {
                total[j] += sums[j];
            }
        }
        return total;
    }
}
