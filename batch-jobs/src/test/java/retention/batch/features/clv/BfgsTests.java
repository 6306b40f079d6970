package retention.batch.features.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BfgsTests {

    private static final Bfgs.Differentiable ROSENBROCK = (v, g) -> {
        g[0] = -400 * v[0] * (v[1] - v[0] * v[0]) - 2 * (1 - v[0]);
        g[1] = 200 * (v[1] - v[0] * v[0]);
        return 100 * Math.pow(v[1] - v[0] * v[0], 2) + Math.pow(1 - v[0], 2);
    };

    @Test
    void findsTheMinimumOfTheRosenbrockValley() {
        Bfgs.Minimum minimum = Bfgs.minimize(ROSENBROCK, new double[] {-1.2, 1});

        assertThat(minimum.point()[0]).isCloseTo(1, within(1e-9));
        assertThat(minimum.point()[1]).isCloseTo(1, within(1e-9));
        assertThat(minimum.value()).isCloseTo(0, within(1e-18));
        assertThat(minimum.evaluations()).isLessThan(200);
    }

    @Test
    void stepsBackFromPointsWhereTheObjectiveIsNotFinite() {
        // A bowl around (2, 0) on the half-plane x > 0 only; the first full step from x = 0.1 overshoots into x < 0.
        Bfgs.Differentiable bowlOnHalfPlane = (v, g) -> {
            g[0] = 2 * (v[0] - 2) - 1 / v[0];
            g[1] = 2 * v[1];
            return v[0] <= 0 ? Double.NaN : Math.pow(v[0] - 2, 2) + v[1] * v[1] - Math.log(v[0]);
        };

        Bfgs.Minimum minimum = Bfgs.minimize(bowlOnHalfPlane, new double[] {0.1, 1});

        // d/dx [(x - 2)^2 - ln x] = 0 at x = 1 + sqrt(1.5)
        assertThat(minimum.point()[0]).isCloseTo(1 + Math.sqrt(1.5), within(1e-9));
        assertThat(minimum.point()[1]).isCloseTo(0, within(1e-9));
    }

    @Test
    void refusesAStartWhereTheObjectiveIsNotFinite() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Bfgs.minimize((v, g) -> Double.POSITIVE_INFINITY, new double[] {0}));
    }

    @Test
    void isDeterministic() {
        Bfgs.Minimum first = Bfgs.minimize(ROSENBROCK, new double[] {-1.2, 1});
        Bfgs.Minimum second = Bfgs.minimize(ROSENBROCK, new double[] {-1.2, 1});

        assertThat(second.point()).containsExactly(first.point());
        assertThat(second.evaluations()).isEqualTo(first.evaluations());
    }
}
