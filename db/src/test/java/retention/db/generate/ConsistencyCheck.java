package retention.db.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javax.sql.DataSource;

/**
 * Compares the planted truth with what the rows say: the share of customers whose recomputed stage is the planted
 * one, and per cause the share of its planted customers whose rows hold its evidence and the share of the other
 * AT_RISK and CHURNED customers whose rows are clean of it.
 *
 * @param stageAgreement share of customers whose stage recomputes to the planted one
 * @param stageMismatches planted stage to recomputed stage, for the customers that disagree
 * @param evidencePresent per cause, share of its planted customers with the evidence
 * @param evidenceAbsent per cause, share of the other churning customers without it
 */
record ConsistencyCheck(double stageAgreement, Map<String, Long> stageMismatches, Map<String, Double> evidencePresent,
        Map<String, Double> evidenceAbsent) {

    static final List<String> CAUSES = List.of("PRICE_SENSITIVE", "SERVICE_DISSATISFIED", "NEEDS_CHANGED",
            "POOR_EXPERIENCE", "COMPETITOR_PULL", "SECURITY_CONCERN", "LOCALIZATION_GAP", "NOT_PERSONALIZED");

    static ConsistencyCheck of(DataSource dataSource, LocalDate asOf) {
        Map<Long, CustomerFacts> facts = ShopFacts.read(dataSource, asOf);
        Recomputation recomputation = new Recomputation(asOf, ShopFacts.campaigns(dataSource));
        long agree = 0;
        Map<String, Long> mismatches = new LinkedHashMap<>();
        for (CustomerFacts f : facts.values()) {
            String stage = recomputation.stage(f);
            if (stage.equals(f.plantedStage)) {
                agree++;
            }
            else {
                mismatches.merge(f.plantedStage + "->" + stage, 1L, Long::sum);
            }
        }
        List<CustomerFacts> churning = new ArrayList<>();
        for (CustomerFacts f : facts.values()) {
            if (Set.of("AT_RISK", "CHURNED").contains(f.plantedStage)) {
                churning.add(f);
            }
        }
        Map<String, Double> present = new LinkedHashMap<>();
        Map<String, Double> absent = new LinkedHashMap<>();
        for (String cause : CAUSES) {
            present.put(cause, share(churning, cause, true, f -> recomputation.present(cause, f)));
            absent.put(cause, share(churning, cause, false, f -> recomputation.absent(cause, f)));
        }
        return new ConsistencyCheck((double) agree / facts.size(), mismatches, present, absent);
    }

    private static double share(List<CustomerFacts> churning, String cause, boolean planted,
            Predicate<CustomerFacts> test) {
        List<CustomerFacts> group = churning.stream().filter(f -> f.plantedCauses.contains(cause) == planted).toList();
        return group.isEmpty() ? 0 : (double) group.stream().filter(test).count() / group.size();
    }
}
