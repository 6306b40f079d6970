package retention.db.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Recomputes every customer's stage and every cause's evidence from the generated rows, with the nightly run's
 * definitions and with the bad rows skipped as it skips them, and compares them with planted_truth.
 */
class PlantedTruthConsistencyTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    static HikariDataSource shop;
    static GenerationReport report;
    static ConsistencyCheck check;

    @BeforeAll
    static void generate() {
        shop = H2Shops.create();
        report = new ShopGenerator(shop).generate(new GeneratorSettings(5_000, 42, AS_OF, 0.01, false), null);
        check = ConsistencyCheck.of(shop, AS_OF);
    }

    @AfterAll
    static void close() {
        shop.close();
    }

    @Test
    void recomputedStagesAgreeWithThePlantedOnes() {
        assertThat(check.stageAgreement()).as("mismatches %s", check.stageMismatches()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void customersOfEachPlantedCauseCarryItsEvidence() {
        assertThat(check.evidencePresent()).hasSize(8)
                .allSatisfy((cause, share) -> assertThat(share).as(cause).isGreaterThanOrEqualTo(0.95));
    }

    @Test
    void otherAtRiskAndChurnedCustomersCarryNoneOfACausesEvidence() {
        assertThat(check.evidenceAbsent()).hasSize(8)
                .allSatisfy((cause, share) -> assertThat(share).as(cause).isGreaterThanOrEqualTo(0.95));
    }

    @Test
    void fewActiveCustomersLookLikeRfmChampions() {
        Map<Long, CustomerFacts> facts = ShopFacts.read(shop, AS_OF);
        Map<Long, RfmChampions.Scores> scores = RfmChampions.scores(facts, AS_OF);
        long active = facts.values().stream().filter(f -> "ACTIVE".equals(f.plantedStage)).count();
        long champions = facts.values().stream().filter(f -> "ACTIVE".equals(f.plantedStage))
                .map(f -> scores.get(f.id)).filter(s -> s.r() == 5 && (s.f() == 5 || s.m() == 5)).count();

        assertThat((double) champions / active).isLessThan(0.05);
    }

    @Test
    void plantsTheStageSharesAndAboutAYearOfOrders() {
        assertThat(report.plantedStages().get("CHURNED") / 5_000.0).isBetween(0.22, 0.28);
        assertThat(report.plantedStages().get("ACTIVE") / 5_000.0).isBetween(0.25, 0.31);
        assertThat(report.orders()).isBetween(40_000L, 60_000L);
    }
}
