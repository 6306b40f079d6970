package retention.db.generate;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of what one worker wrote, merged into the report at the end. */
final class Tally {

    long customers;
    long orders;
    long interactions;
    long visits;
    long contacts;
    long badRows;
    private final Map<Stage, Long> stages = new EnumMap<>(Stage.class);
    private final Map<Cause, Long> causes = new EnumMap<>(Cause.class);

    void count(CustomerHistory history) {
        customers++;
        orders += history.orders().size();
        interactions += history.interactions().size();
        visits += history.visits().size();
        contacts += history.contacts().size();
        badRows += history.badOrders().size() + history.badInteractions().size();
        stages.merge(history.plan().stage(), 1L, Long::sum);
        for (Cause cause : history.plan().causes()) {
            causes.merge(cause, 1L, Long::sum);
        }
    }

    void add(Tally other) {
        customers += other.customers;
        orders += other.orders;
        interactions += other.interactions;
        visits += other.visits;
        contacts += other.contacts;
        badRows += other.badRows;
        other.stages.forEach((stage, n) -> stages.merge(stage, n, Long::sum));
        other.causes.forEach((cause, n) -> causes.merge(cause, n, Long::sum));
    }

    GenerationReport report(long millis) {
        Map<String, Long> stageCounts = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            stageCounts.put(stage.name(), stages.getOrDefault(stage, 0L));
        }
        Map<String, Long> causeCounts = new LinkedHashMap<>();
        for (Cause cause : Cause.values()) {
            causeCounts.put(cause.name(), causes.getOrDefault(cause, 0L));
        }
        return new GenerationReport(customers, orders, interactions, visits, contacts, badRows, stageCounts,
                causeCounts, millis);
    }
}
