package retention.batch.features.clv;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/** Deterministic Nelder–Mead minimiser with restarts, used for the maximum-likelihood fits. */
final class NelderMead {

    private static final double REFLECT = 1;
    private static final double EXPAND = 2;
    private static final double CONTRACT = 0.5;
    private static final double SHRINK = 0.5;
    private static final double X_TOLERANCE = 1e-8;
    private static final double F_TOLERANCE = 1e-12;
    private static final int MAX_RESTARTS = 20;
    private static final int MAX_ITERATIONS_PER_RUN = 20_000;

    private final ToDoubleFunction<double[]> function;
    private int evaluations;

    private NelderMead(ToDoubleFunction<double[]> function) {
        this.function = function;
    }

    /** The point found, its value and the number of function evaluations used. */
    record Minimum(double[] point, double value, int evaluations) {
    }

    /**
     * Minimises {@code function} from {@code start}; non-finite values count as +infinity. Restarts from the best
     * point with a fresh simplex until a restart no longer improves the value, because a single Nelder–Mead run can
     * stall on a collapsed simplex.
     */
    static Minimum minimize(ToDoubleFunction<double[]> function, double[] start, double step) {
        NelderMead minimizer = new NelderMead(function);
        double[] best = start.clone();
        double bestValue = minimizer.evaluate(best);
        for (int restart = 0; restart < MAX_RESTARTS; restart++) {
            double[][] simplex = minimizer.run(initialSimplex(best, step));
            double value = minimizer.evaluate(simplex[0]);
            boolean improved = bestValue - value > F_TOLERANCE * (Math.abs(bestValue) + F_TOLERANCE);
            if (value <= bestValue) {
                best = simplex[0];
                bestValue = value;
            }
            if (!improved) {
                break;
            }
        }
        if (!Double.isFinite(bestValue)) {
            throw new ArithmeticException("optimisation found no point with a finite objective");
        }
        return new Minimum(best, bestValue, minimizer.evaluations);
    }

    private static double[][] initialSimplex(double[] centre, double step) {
        double[][] simplex = new double[centre.length + 1][];
        simplex[0] = centre.clone();
        for (int i = 0; i < centre.length; i++) {
            simplex[i + 1] = centre.clone();
            simplex[i + 1][i] += step;
        }
        return simplex;
    }

    private double evaluate(double[] point) {
        evaluations++;
        double value = function.applyAsDouble(point);
        return Double.isFinite(value) ? value : Double.POSITIVE_INFINITY;
    }

    /** One Nelder–Mead run; returns the simplex sorted best first. */
    private double[][] run(double[][] simplex) {
        int n = simplex.length - 1;
        double[] values = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            values[i] = evaluate(simplex[i]);
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS_PER_RUN; iteration++) {
            sort(simplex, values);
            if (converged(simplex, values)) {
                break;
            }
            step(simplex, values);
        }
        sort(simplex, values);
        return simplex;
    }

    /** Standard reflect / expand / contract / shrink step on a simplex sorted best first. */
    private void step(double[][] simplex, double[] values) {
        int n = simplex.length - 1;
        double[] centroid = centroid(simplex);
        double[] reflected = along(centroid, simplex[n], -REFLECT);
        double fr = evaluate(reflected);
        if (fr < values[0]) {
            double[] expanded = along(centroid, simplex[n], -EXPAND);
            double fe = evaluate(expanded);
            replaceWorst(simplex, values, fe < fr ? expanded : reflected, Math.min(fe, fr));
        } else if (fr < values[n - 1]) {
            replaceWorst(simplex, values, reflected, fr);
        } else {
            double[] contracted = along(centroid, simplex[n], fr < values[n] ? -CONTRACT : CONTRACT);
            double fc = evaluate(contracted);
            if (fc < Math.min(fr, values[n])) {
                replaceWorst(simplex, values, contracted, fc);
            } else {
                shrink(simplex, values);
            }
        }
    }

    private static boolean converged(double[][] simplex, double[] values) {
        double best = values[0];
        if (!(values[values.length - 1] - best <= F_TOLERANCE * (Math.abs(best) + F_TOLERANCE))) {
            return false;
        }
        for (double[] vertex : simplex) {
            for (int j = 0; j < vertex.length; j++) {
                if (Math.abs(vertex[j] - simplex[0][j]) > X_TOLERANCE) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void replaceWorst(double[][] simplex, double[] values, double[] point, double value) {
        simplex[simplex.length - 1] = point;
        values[values.length - 1] = value;
    }

    private void shrink(double[][] simplex, double[] values) {
        for (int i = 1; i < simplex.length; i++) {
            simplex[i] = along(simplex[0], simplex[i], SHRINK);
            values[i] = evaluate(simplex[i]);
        }
    }

    /** Returns {@code from + factor * (towards - from)}. */
    private static double[] along(double[] from, double[] towards, double factor) {
        double[] point = new double[from.length];
        for (int i = 0; i < from.length; i++) {
            point[i] = from[i] + factor * (towards[i] - from[i]);
        }
        return point;
    }

    private static double[] centroid(double[][] simplex) {
        int n = simplex.length - 1;
        double[] centre = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                centre[j] += simplex[i][j] / n;
            }
        }
        return centre;
    }

    /** Sorts vertices by value, best first (stable, so ties resolve deterministically). */
    private static void sort(double[][] simplex, double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[][] sortedPoints = new double[simplex.length][];
        double[] sortedValues = new double[values.length];
        for (int i = 0; i < order.length; i++) {
            sortedPoints[i] = simplex[order[i]];
            sortedValues[i] = values[order[i]];
        }
        System.arraycopy(sortedPoints, 0, simplex, 0, simplex.length);
        System.arraycopy(sortedValues, 0, values, 0, values.length);
    }
}
