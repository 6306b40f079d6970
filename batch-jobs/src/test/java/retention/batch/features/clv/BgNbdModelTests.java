package retention.batch.features.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static retention.batch.features.clv.CdnowSample.PUBLISHED_BG_NBD;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Expected values below were computed independently with mpmath at 30 digits straight from the paper's formulas
 * (eq. 10 with mpmath's own 2F1, no Euler transformation) and cross-checked by integrating the posterior of
 * (lambda, p) numerically; all use the published CDNOW estimates r=0.243, alpha=4.414, a=0.793, b=2.426.
 */
class BgNbdModelTests {

    private static final Offset<Double> TIGHT = within(1e-10);

    @Test
    void customerWithoutRepeatPurchaseIsAlive() {
        assertThat(PUBLISHED_BG_NBD.pAlive(0, 0, 38.86)).isEqualTo(1.0);
    }

    @Test
    void pAliveMatchesHandComputationForCdnowCustomers() {
        // 1 / (1 + a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x))
        assertThat(PUBLISHED_BG_NBD.pAlive(2, 30.43, 38.86)).isCloseTo(0.726578570080673, TIGHT);
        assertThat(PUBLISHED_BG_NBD.pAlive(1, 1.71, 38.86)).isCloseTo(0.212100985377379, TIGHT);
        assertThat(PUBLISHED_BG_NBD.pAlive(26, 30.86, 31.00)).isCloseTo(0.968915649717525, TIGHT);
    }

    @Test
    void expectedPurchasesMatchesTheWorkedCdnowExample() {
        // The customer with x=2, t_x=30.43, T=38.86 over the next 39 weeks: about 1.226.
        assertThat(PUBLISHED_BG_NBD.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.22602817476714, TIGHT);
        assertThat(PUBLISHED_BG_NBD.expectedPurchases(52, 2, 30.43, 38.86)).isCloseTo(1.55872080643209, TIGHT);
    }

    @Test
    void expectedPurchasesMatchesIndependentValuesForLightAndHeavyBuyers() {
        assertThat(PUBLISHED_BG_NBD.expectedPurchases(39, 0, 0, 38.86)).isCloseTo(0.195098052011263, TIGHT);
        assertThat(PUBLISHED_BG_NBD.expectedPurchases(39, 1, 1.71, 38.86)).isCloseTo(0.203186987079754, TIGHT);
        assertThat(PUBLISHED_BG_NBD.expectedPurchases(52, 26, 30.86, 31.00)).isCloseTo(25.7581959364835, within(1e-9));
        assertThat(PUBLISHED_BG_NBD.expectedPurchases(52, 60, 35, 36)).isCloseTo(51.7720319260019, within(1e-9));
    }

    @Test
    void eulerTransformedFormAgreesWithThePapersSeriesForLightBuyers() {
        double r = PUBLISHED_BG_NBD.r();
        double alpha = PUBLISHED_BG_NBD.alpha();
        double a = PUBLISHED_BG_NBD.a();
        double b = PUBLISHED_BG_NBD.b();
        double x = 3;
        double t = 20;
        double tx = 12;
        double T = 30;
        double z = t / (alpha + T + t);
        double tail = Math.pow((alpha + T) / (alpha + T + t), r + x)
                * SpecialFunctions.hyp2f1(r + x, b + x, a + b + x - 1, z);
        double paper = (a + b + x - 1) / (a - 1) * (1 - tail) * PUBLISHED_BG_NBD.pAlive(x, tx, T);

        assertThat(PUBLISHED_BG_NBD.expectedPurchases(t, x, tx, T)).isCloseTo(paper, within(1e-12));
    }

    @Test
    void expectedPurchasesIsZeroOverNoTimeAndGrowsWithTheHorizon() {
        assertThat(PUBLISHED_BG_NBD.expectedPurchases(0, 2, 30.43, 38.86)).isCloseTo(0, within(1e-15));
        double previous = 0;
        for (int weeks = 4; weeks <= 104; weeks += 4) {
            double expected = PUBLISHED_BG_NBD.expectedPurchases(weeks, 2, 30.43, 38.86);
            assertThat(expected).isGreaterThan(previous);
            previous = expected;
        }
    }

    @Test
    void expectedPurchasesIsContinuousAcrossTheSingularPointAEqualsOne() {
        double atOne = new BgNbdModel(0.243, 4.414, 1.0, 2.426).expectedPurchases(39, 2, 30.43, 38.86);
        double below = new BgNbdModel(0.243, 4.414, 1.0 - 1e-5, 2.426).expectedPurchases(39, 2, 30.43, 38.86);
        double above = new BgNbdModel(0.243, 4.414, 1.0 + 1e-5, 2.426).expectedPurchases(39, 2, 30.43, 38.86);

        assertThat(atOne).isBetween(Math.min(below, above), Math.max(below, above));
    }

    @Test
    void logLikelihoodOfCdnowAtTheMaximumMatchesAnIndependentFit() {
        // scipy (Nelder-Mead then BFGS on the same likelihood) maximises it at -9582.4256 (the paper reports -9582.4).
        BgNbdModel best = new BgNbdModel(0.24259291, 4.41353155, 0.7928861, 2.42575363);
        double total = CdnowSample.histories().stream()
                .mapToDouble(h -> best.logLikelihood(h.x(), h.tx(), h.T()))
                .sum();

        assertThat(total).isCloseTo(-9582.4256, within(1e-3));
    }

    @Test
    void logLikelihoodOfANewCustomerIsZeroAtAgeZero() {
        assertThat(PUBLISHED_BG_NBD.logLikelihood(0, 0, 0)).isCloseTo(0, within(1e-14));
    }

    @Test
    void rejectsNonPositiveParameters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BgNbdModel(0, 1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new BgNbdModel(1, 1, Double.NaN, 1));
    }
}
