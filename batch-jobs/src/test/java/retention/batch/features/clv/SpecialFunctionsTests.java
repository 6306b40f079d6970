package retention.batch.features.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTests {

    @Test
    void lnGammaMatchesFactorialsAndHalfIntegers() {
        assertThat(SpecialFunctions.lnGamma(1)).isCloseTo(0, within(1e-14));
        assertThat(SpecialFunctions.lnGamma(2)).isCloseTo(0, within(1e-14));
        assertThat(SpecialFunctions.lnGamma(5)).isCloseTo(Math.log(24), within(1e-13));
        assertThat(SpecialFunctions.lnGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
        assertThat(SpecialFunctions.lnGamma(1.5)).isCloseTo(Math.log(Math.sqrt(Math.PI) / 2), within(1e-13));
    }

    @Test
    void lnGammaIsAccurateForTinyAndHugeArguments() {
        // References from mpmath.loggamma at 40 digits.
        assertThat(SpecialFunctions.lnGamma(1e-5)).isCloseTo(11.512919692895826, within(1e-13));
        assertThat(SpecialFunctions.lnGamma(0.1)).isCloseTo(2.252712651734206, within(1e-13));
        assertThat(SpecialFunctions.lnGamma(1000)).isCloseTo(5905.220423209181, within(1e-9));
        assertThat(SpecialFunctions.lnGamma(1e6)).isCloseTo(12815504.569147611, within(1e-6));
    }

    @Test
    void lnGammaRejectsNonPositiveArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> SpecialFunctions.lnGamma(0));
        assertThatIllegalArgumentException().isThrownBy(() -> SpecialFunctions.lnGamma(-1.5));
    }

    @Test
    void digammaMatchesKnownValuesAndTheDerivativeOfLnGamma() {
        double eulerGamma = 0.5772156649015329;
        assertThat(SpecialFunctions.digamma(1)).isCloseTo(-eulerGamma, within(1e-14));
        assertThat(SpecialFunctions.digamma(0.5)).isCloseTo(-eulerGamma - 2 * Math.log(2), within(1e-14));
        assertThat(SpecialFunctions.digamma(10)).isCloseTo(-eulerGamma + 7129.0 / 2520, within(1e-13));
        for (double x : new double[] {1e-3, 0.243, 3.7, 25, 1e4}) {
            double h = 1e-5 * x;
            double slope = (SpecialFunctions.lnGamma(x + h) - SpecialFunctions.lnGamma(x - h)) / (2 * h);
            assertThat(SpecialFunctions.digamma(x)).isCloseTo(slope, within(1e-6 * Math.max(1, Math.abs(slope))));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> SpecialFunctions.digamma(0));
    }

    @Test
    void lnBetaMatchesGammaFunctions() {
        // B(2, 3) = 1! 2! / 4! = 1/12
        assertThat(SpecialFunctions.lnBeta(2, 3)).isCloseTo(-Math.log(12), within(1e-13));
    }

    @Test
    void hyp2f1MatchesClosedForms() {
        for (double z : new double[] {-0.9, -0.3, 0.1, 0.5, 0.9, 0.99}) {
            assertThat(SpecialFunctions.hyp2f1(1, 1, 2, z)).isCloseTo(-Math.log(1 - z) / z, within(1e-12));
            assertThat(SpecialFunctions.hyp2f1(0.7, 2.5, 2.5, z)).isCloseTo(Math.pow(1 - z, -0.7), within(1e-12));
        }
        double s = 0.6;
        assertThat(SpecialFunctions.hyp2f1(0.5, 0.5, 1.5, s * s)).isCloseTo(Math.asin(s) / s, within(1e-13));
    }

    @Test
    void hyp2f1TerminatesForNonPositiveIntegerParameter() {
        // 2F1(-2, b; c; z) = 1 - 2bz/c + b(b+1)z^2/(c(c+1))
        double expected = 1 - 2 * 3.0 * 0.5 / 4 + 3.0 * 4 * 0.25 / (4 * 5);
        assertThat(SpecialFunctions.hyp2f1(-2, 3, 4, 0.5)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void hyp2f1RejectsArgumentsOutsideTheUnitDisc() {
        assertThatIllegalArgumentException().isThrownBy(() -> SpecialFunctions.hyp2f1(1, 1, 2, 1));
    }
}
