package retention.batch.features.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BgNbdFitterTests {

    @Test
    void recoversPublishedBgNbdParametersOnCdnow() {
        BgNbdModel fitted = BgNbdFitter.fit(CdnowSample.histories());

        assertThat(fitted.r()).isCloseTo(0.243, withinPercentage(1));
        assertThat(fitted.alpha()).isCloseTo(4.414, withinPercentage(1));
        assertThat(fitted.a()).isCloseTo(0.793, withinPercentage(1));
        assertThat(fitted.b()).isCloseTo(2.426, withinPercentage(1));
    }

    @Test
    void fittedModelIsAtLeastAsLikelyAsThePublishedOne() {
        List<CustomerHistory> histories = CdnowSample.histories();
        BgNbdModel fitted = BgNbdFitter.fit(histories);

        assertThat(totalLogLikelihood(fitted, histories))
                .isGreaterThanOrEqualTo(totalLogLikelihood(CdnowSample.PUBLISHED_BG_NBD, histories));
    }

    @Test
    void groupedFitGivesTheSameParametersAsUngroupedFit() {
        List<CustomerHistory> histories = CdnowSample.histories();
        Map<CustomerHistory, Long> counts = new LinkedHashMap<>();
        histories.forEach(h -> counts.merge(h, 1L, Long::sum));

        assertThat(counts.size()).isLessThan(histories.size());
        assertThat(BgNbdFitter.fitWeighted(counts)).isEqualTo(BgNbdFitter.fit(histories));
    }

    @Test
    void fitDoesNotDependOnInputOrder() {
        List<CustomerHistory> shuffled = new ArrayList<>(CdnowSample.histories());
        Collections.shuffle(shuffled, new Random(7));

        assertThat(BgNbdFitter.fit(shuffled)).isEqualTo(BgNbdFitter.fit(CdnowSample.histories()));
    }

    @Test
    void changingTheTimeUnitOnlyRescalesAlpha() {
        List<CustomerHistory> days = CdnowSample.histories().stream()
                .map(h -> new CustomerHistory(h.x(), 7 * h.tx(), 7 * h.T()))
                .toList();
        BgNbdModel inWeeks = BgNbdFitter.fit(CdnowSample.histories());
        BgNbdModel inDays = BgNbdFitter.fit(days);

        assertThat(inDays.r()).isCloseTo(inWeeks.r(), withinPercentage(0.01));
        assertThat(inDays.alpha()).isCloseTo(7 * inWeeks.alpha(), withinPercentage(0.01));
        assertThat(inDays.a()).isCloseTo(inWeeks.a(), withinPercentage(0.01));
        assertThat(inDays.b()).isCloseTo(inWeeks.b(), withinPercentage(0.01));
    }

    @Test
    void objectiveIsTheModelsMeanLogLikelihood() {
        List<CustomerHistory> histories = CdnowSample.histories();
        Map<CustomerHistory, Long> counts = new LinkedHashMap<>();
        histories.forEach(h -> counts.merge(h, 1L, Long::sum));
        BgNbdModel model = CdnowSample.PUBLISHED_BG_NBD;
        double[] logParameters = {Math.log(model.r()), Math.log(model.alpha()), Math.log(model.a()),
                Math.log(model.b())};

        double objective = BgNbdFitter.negativeMeanLogLikelihood(counts, logParameters, new double[4]);

        assertThat(objective).isCloseTo(-totalLogLikelihood(model, histories) / histories.size(), within(1e-12));
    }

    @Test
    void likelihoodGradientMatchesFiniteDifferences() {
        Map<CustomerHistory, Long> counts = new LinkedHashMap<>();
        CdnowSample.histories().forEach(h -> counts.merge(h, 1L, Long::sum));
        double[][] points = {{0, Math.log(4.4), 0, 0}, {Math.log(0.243), Math.log(4.414), Math.log(0.793),
                Math.log(2.426)}, {1.2, -0.7, -2.5, 3.1}};
        for (double[] point : points) {
            double[] gradient = new double[4];
            BgNbdFitter.negativeMeanLogLikelihood(counts, point, gradient);
            for (int i = 0; i < 4; i++) {
                double h = 1e-6;
                double[] up = point.clone();
                double[] down = point.clone();
                up[i] += h;
                down[i] -= h;
                double slope = (BgNbdFitter.negativeMeanLogLikelihood(counts, up, new double[4])
                        - BgNbdFitter.negativeMeanLogLikelihood(counts, down, new double[4])) / (2 * h);
                assertThat(gradient[i]).as("derivative by parameter %d at %s", i, Arrays.toString(point))
                        .isCloseTo(slope, within(1e-6 * Math.max(1, Math.abs(slope))));
            }
        }
    }

    @Test
    void rejectsAnEmptyPopulation() {
        assertThatIllegalArgumentException().isThrownBy(() -> BgNbdFitter.fit(List.of()));
    }

    @Test
    void rejectsNonPositiveCounts() {
        Map<CustomerHistory, Long> counts = Map.of(new CustomerHistory(1, 2, 3), 0L);

        assertThatIllegalArgumentException().isThrownBy(() -> BgNbdFitter.fitWeighted(counts));
    }

    private static double totalLogLikelihood(BgNbdModel model, List<CustomerHistory> histories) {
        return histories.stream().mapToDouble(h -> model.logLikelihood(h.x(), h.tx(), h.T())).sum();
    }
}
