package retention.batch.features.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static retention.batch.features.clv.CdnowSample.PUBLISHED_BG_NBD;
import static retention.batch.features.clv.CdnowSample.PUBLISHED_GAMMA_GAMMA;

import org.junit.jupiter.api.Test;

/** Expected values computed independently with mpmath from eq. 10 and eq. 5 at the published CDNOW estimates. */
class ClvCalculatorTests {

    private static final double YEAR_IN_WEEKS = 52;
    private static final CustomerHistory REPEAT_BUYER = new CustomerHistory(2, 30.43, 38.86);

    private final ClvCalculator undiscounted =
            new ClvCalculator(PUBLISHED_BG_NBD, PUBLISHED_GAMMA_GAMMA, YEAR_IN_WEEKS);

    @Test
    void clvIsExpectedPurchasesTimesExpectedAverageValue() {
        CustomerValue value = undiscounted.value(REPEAT_BUYER, 22.35);

        assertThat(value.pAlive()).isCloseTo(0.726578570080673, within(1e-12));
        assertThat(value.expectedPurchases()).isCloseTo(1.55872080643209, within(1e-12));
        assertThat(value.expectedAverageValue()).isCloseTo(24.6637139107612, within(1e-11));
        assertThat(value.clv()).isCloseTo(38.4438440365919, within(1e-10));
    }

    @Test
    void customerWithoutRepeatPurchaseIsValuedAtThePopulationMeanSpend() {
        CustomerValue value = undiscounted.value(new CustomerHistory(0, 0, 38.86), 0);

        assertThat(value.expectedAverageValue()).isEqualTo(PUBLISHED_GAMMA_GAMMA.populationMeanValue());
        assertThat(value.clv()).isCloseTo(8.87775425191872, within(1e-10));
    }

    @Test
    void yearlyDiscountRateDiscountsEachMonthFromItsEnd() {
        ClvCalculator discounted = new ClvCalculator(PUBLISHED_BG_NBD, PUBLISHED_GAMMA_GAMMA, YEAR_IN_WEEKS,
                YEAR_IN_WEEKS, 0.10);

        CustomerValue value = discounted.value(REPEAT_BUYER, 22.35);

        assertThat(value.clv()).isCloseTo(36.6458932373005, within(1e-9));
        assertThat(value.expectedPurchases()).isEqualTo(undiscounted.value(REPEAT_BUYER, 22.35).expectedPurchases());
    }

    @Test
    void zeroDiscountRateGivesTheUndiscountedValue() {
        ClvCalculator zeroRate = new ClvCalculator(PUBLISHED_BG_NBD, PUBLISHED_GAMMA_GAMMA, YEAR_IN_WEEKS,
                YEAR_IN_WEEKS, 0);

        assertThat(zeroRate.value(REPEAT_BUYER, 22.35)).isEqualTo(undiscounted.value(REPEAT_BUYER, 22.35));
    }

    @Test
    void valuesASummaryRowLikeItsParts() {
        CustomerSummary row = new CustomerSummary("1", REPEAT_BUYER, 22.35);

        assertThat(undiscounted.value(row)).isEqualTo(undiscounted.value(REPEAT_BUYER, 22.35));
    }

    @Test
    void rejectsANegativeHorizonOrRate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClvCalculator(PUBLISHED_BG_NBD, PUBLISHED_GAMMA_GAMMA, -1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClvCalculator(PUBLISHED_BG_NBD, PUBLISHED_GAMMA_GAMMA, 52, 52, -0.1));
    }
}
