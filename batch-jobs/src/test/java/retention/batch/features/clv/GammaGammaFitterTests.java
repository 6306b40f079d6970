package retention.batch.features.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GammaGammaFitterTests {

    @Test
    void recoversPublishedGammaGammaParametersOnCdnow() {
        GammaGammaModel fitted = GammaGammaFitter.fit(CdnowSample.spends());

        assertThat(fitted.p()).isCloseTo(6.25, withinPercentage(1));
        assertThat(fitted.q()).isCloseTo(3.74, withinPercentage(1));
        assertThat(fitted.gamma()).isCloseTo(15.44, withinPercentage(1));
    }

    @Test
    void ignoresCustomersWithoutRepeatPurchases() {
        List<SpendHistory> repeatBuyers = CdnowSample.spends().stream().filter(s -> s.x() > 0).toList();

        assertThat(repeatBuyers).hasSize(946);
        assertThat(GammaGammaFitter.fit(repeatBuyers)).isEqualTo(GammaGammaFitter.fit(CdnowSample.spends()));
    }

    @Test
    void groupedFitGivesTheSameParametersAsUngroupedFit() {
        List<SpendHistory> spends = CdnowSample.spends();
        Map<SpendHistory, Long> counts = new HashMap<>();
        spends.forEach(s -> counts.merge(s, 1L, Long::sum));
        List<SpendHistory> doubled = new ArrayList<>(spends);
        doubled.addAll(spends);
        Map<SpendHistory, Long> doubledCounts = new HashMap<>();
        counts.forEach((spend, count) -> doubledCounts.put(spend, 2 * count));

        assertThat(counts.size()).isLessThan(spends.size());
        assertThat(GammaGammaFitter.fitWeighted(counts)).isEqualTo(GammaGammaFitter.fit(spends));
        assertThat(GammaGammaFitter.fitWeighted(doubledCounts)).isEqualTo(GammaGammaFitter.fit(doubled));
    }

    @Test
    void rejectsAPopulationWithoutRepeatBuyers() {
        assertThatIllegalArgumentException().isThrownBy(() -> GammaGammaFitter.fit(List.of(new SpendHistory(0, 0))));
    }
}
