package retention.db.generate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What one customer's good rows before t0 say, read back from the database for the consistency check. */
final class CustomerFacts {

    /** An interaction of the last 365 days. */
    record Interaction(String kind, String reason, Integer score, LocalDateTime opened, LocalDateTime resolved) {
    }

    /** A site visit of the last 180 days. */
    record Visit(LocalDateTime at, String category, String outcome, int pageLoadMs, Integer checkoutSteps) {
    }

    /** A message of the last 180 days. */
    record Contact(boolean personalized, boolean opened, boolean answered) {
    }

    final long id;
    String language;
    String city;
    String plantedStage;
    Set<String> plantedCauses = Set.of();
    int ordersTotal;
    LocalDateTime lastPaid;
    int orders90;
    int ordersPrev90;
    double net90;
    double netPrev90;
    int paid365;
    int couponed365;
    double net365;
    int inquiries90;
    int inquiriesPrev90;
    final Set<String> bought = new HashSet<>();
    final List<Interaction> interactions = new ArrayList<>();
    final List<Visit> visits = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();

    CustomerFacts(long id) {
        this.id = id;
    }

    Double aov90() {
        return orders90 == 0 ? null : net90 / orders90;
    }

    Double aovPrev90() {
        return ordersPrev90 == 0 ? null : netPrev90 / ordersPrev90;
    }
}
