package retention.batch.features.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

class NelderMeadTests {

    private static final ToDoubleFunction<double[]> ROSENBROCK =
            v -> 100 * Math.pow(v[1] - v[0] * v[0], 2) + Math.pow(1 - v[0], 2);

    @Test
    void findsTheMinimumOfTheRosenbrockValley() {
        NelderMead.Minimum minimum = NelderMead.minimize(ROSENBROCK, new double[] {-1.2, 1}, 0.5);

        assertThat(minimum.point()[0]).isCloseTo(1, within(1e-7));
        assertThat(minimum.point()[1]).isCloseTo(1, within(1e-7));
        assertThat(minimum.value()).isCloseTo(0, within(1e-14));
    }

    @Test
    void treatsNonFiniteValuesAsWorseThanAnyFiniteOne() {
        ToDoubleFunction<double[]> bowlOnHalfPlane = v -> v[0] < 0 ? Double.NaN : Math.pow(v[0] - 2, 2) + v[1] * v[1];

        NelderMead.Minimum minimum = NelderMead.minimize(bowlOnHalfPlane, new double[] {0.1, 1}, 1);

        assertThat(minimum.point()[0]).isCloseTo(2, within(1e-7));
        assertThat(minimum.point()[1]).isCloseTo(0, within(1e-7));
    }

    @Test
    void givesIdenticalResultsOnRepeatedRuns() {
        NelderMead.Minimum first = NelderMead.minimize(ROSENBROCK, new double[] {-1.2, 1}, 0.5);
        NelderMead.Minimum second = NelderMead.minimize(ROSENBROCK, new double[] {-1.2, 1}, 0.5);

        assertThat(second.point()).containsExactly(first.point());
        assertThat(second.evaluations()).isEqualTo(first.evaluations());
    }
}
