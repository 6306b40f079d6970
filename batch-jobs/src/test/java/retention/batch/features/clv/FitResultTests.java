package retention.batch.features.clv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FitResultTests {

    @Test
    void fitsBothModelsOnCdnowAndSummarisesThemOnOneLine() {
        FitResult result = FitResult.fit(CdnowSample.customers());

        // The maximum found independently with scipy: r=0.242593 alpha=4.413532 a=0.792886 b=2.425754,
        // p=6.248802 q=3.744588 gamma=15.447749; none is within 2e-5 of a rounding boundary.
        assertThat(result.summaryLine())
                .isEqualTo("r=0.2426 alpha=4.4135 a=0.7929 b=2.4258 p=6.2488 q=3.7446 gamma=15.4477");
        assertThat(result.customers()).isEqualTo(2357);
        assertThat(result.repeatCustomers()).isEqualTo(946);
    }

    @Test
    void summaryLineUsesFourDecimalsWithADotWhateverTheLocale() {
        FitResult result = new FitResult(new BgNbdModel(1.23456, 12.5, 0.00004, 1000),
                new GammaGammaModel(6, 3.74449, 15.44), 10, 5);

        assertThat(result.summaryLine())
                .isEqualTo("r=1.2346 alpha=12.5000 a=0.0000 b=1000.0000 p=6.0000 q=3.7445 gamma=15.4400");
    }

    @Test
    void calculatorUsesTheFittedModels() {
        FitResult result = new FitResult(CdnowSample.PUBLISHED_BG_NBD, CdnowSample.PUBLISHED_GAMMA_GAMMA, 2357, 946);
        CustomerHistory history = new CustomerHistory(2, 30.43, 38.86);

        assertThat(result.calculator(52).value(history, 22.35))
                .isEqualTo(new ClvCalculator(CdnowSample.PUBLISHED_BG_NBD, CdnowSample.PUBLISHED_GAMMA_GAMMA, 52)
                        .value(history, 22.35));
    }
}
