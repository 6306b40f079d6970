package retention.batch.features.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;
import static retention.batch.features.clv.CdnowSample.PUBLISHED_GAMMA_GAMMA;

import org.junit.jupiter.api.Test;

class GammaGammaModelTests {

    @Test
    void expectedAverageValueMatchesHandComputation() {
        // (gamma + x zbar) p / (p x + q - 1) = (15.44 + 2 * 22.35) * 6.25 / (12.5 + 2.74) = 375.875 / 15.24
        assertThat(PUBLISHED_GAMMA_GAMMA.expectedAverageValue(2, 22.35)).isCloseTo(24.663713910761155, within(1e-12));
    }

    @Test
    void customerWithoutRepeatPurchaseGetsThePopulationMean() {
        // p gamma / (q - 1) = 6.25 * 15.44 / 2.74
        assertThat(PUBLISHED_GAMMA_GAMMA.populationMeanValue()).isCloseTo(35.21897810218978, within(1e-12));
        assertThat(PUBLISHED_GAMMA_GAMMA.expectedAverageValue(0, 0))
                .isEqualTo(PUBLISHED_GAMMA_GAMMA.populationMeanValue());
    }

    @Test
    void expectedAverageValueShrinksObservedSpendTowardThePopulationMean() {
        double mean = PUBLISHED_GAMMA_GAMMA.populationMeanValue();
        double fewPurchases = PUBLISHED_GAMMA_GAMMA.expectedAverageValue(1, 100);
        double manyPurchases = PUBLISHED_GAMMA_GAMMA.expectedAverageValue(20, 100);

        assertThat(fewPurchases).isBetween(mean, 100.0);
        assertThat(manyPurchases).isBetween(fewPurchases, 100.0);
    }

    @Test
    void populationMeanIsUndefinedWhenQIsAtMostOne() {
        GammaGammaModel heavyTailed = new GammaGammaModel(2, 0.9, 10);

        assertThatIllegalStateException().isThrownBy(heavyTailed::populationMeanValue);
        assertThat(heavyTailed.expectedAverageValue(3, 20)).isPositive();
    }

    @Test
    void densityOfAverageSpendIntegratesToOne() {
        double x = 3;
        int steps = 200_000;
        double upper = 2_000;
        double h = upper / steps;
        double integral = 0;
        for (int i = 1; i < steps; i++) {
            double weight = i % 2 == 1 ? 4 : 2;
            integral += weight * Math.exp(PUBLISHED_GAMMA_GAMMA.logLikelihood(x, i * h));
        }
        integral *= h / 3;

        assertThat(integral).isCloseTo(1, within(1e-6));
    }

    @Test
    void logLikelihoodRejectsCustomersWithoutRepeatPurchases() {
        assertThatIllegalArgumentException().isThrownBy(() -> PUBLISHED_GAMMA_GAMMA.logLikelihood(0, 0));
    }
}
