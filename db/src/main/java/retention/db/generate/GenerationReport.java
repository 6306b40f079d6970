package retention.db.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation wrote: good rows per table, the deliberately bad rows on top of them, the planted truth and the
 * time it took.
 *
 * @param customers customers written
 * @param orders good orders written (paid, refunded and cancelled), bad ones not included
 * @param interactions good interactions written
 * @param siteVisits site visits written
 * @param contacts contact log rows written
 * @param badRows deliberately bad orders and interactions written on top of the good rows
 * @param plantedStages customers per planted stage, every stage listed
 * @param plantedCauses customers per planted churn cause, every cause listed
 * @param millis wall-clock time of the whole generation
 */
public record GenerationReport(long customers, long orders, long interactions, long siteVisits, long contacts,
        long badRows, Map<String, Long> plantedStages, Map<String, Long> plantedCauses, long millis) {

    public GenerationReport {
        // Kept in the order given (stage order, cause order) so that a printed report reads naturally.
        plantedStages = Collections.unmodifiableMap(new LinkedHashMap<>(plantedStages));
        plantedCauses = Collections.unmodifiableMap(new LinkedHashMap<>(plantedCauses));
    }
}
