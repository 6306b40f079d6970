package retention.batch.nightly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import retention.rules.facts.CauseEvidence;
import retention.rules.facts.ChurnCause;
import retention.rules.facts.CustomerProfile;

/**
 * Reads the stored customer facts of a run date a page at a time, in customer-id order, each customer with its
 * churn causes: what the nightly reader streams, and what a preview evaluates.
 */
public final class CustomerProfilePages {

    private final JdbcClient jdbc;

    public CustomerProfilePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest run date with stored facts, if any. */
    public Optional<LocalDate> latestRunDate() {
        return Optional.ofNullable(jdbc.sql("SELECT MAX(run_date) FROM customer_feature").query(LocalDate.class)
                .optional().orElse(null));
    }

    /** Up to {@code size} customers with an id in {@code (afterId, toId]}, in id order; empty after the last. */
    public List<CustomerProfile> page(LocalDate runDate, long afterId, long toId, int size) {
        List<CustomerProfile> profiles = jdbc.sql("SELECT " + CustomerProfileRows.COLUMNS + " FROM customer_feature "
                + "WHERE run_date = ? AND customer_id > ? AND customer_id <= ? ORDER BY customer_id LIMIT ?")
                .params(runDate, afterId, toId, size)
                .query((rs, row) -> CustomerProfileRows.map(rs, List.of()))
                .list();
        if (profiles.isEmpty()) {
            return profiles;
        }
        long first = profiles.get(0).customerId();
        long last = profiles.get(profiles.size() - 1).customerId();
        Map<Long, List<CauseEvidence>> causes = new HashMap<>();
        jdbc.sql("SELECT customer_id, cause, confidence, direct, evidence FROM customer_cause WHERE run_date = ? "
                + "AND customer_id BETWEEN ? AND ? ORDER BY customer_id, confidence DESC, cause")
                .params(runDate, first, last)
                .query(rs -> {
                    causes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new CauseEvidence(
                            ChurnCause.valueOf(rs.getString(2)), rs.getDouble(3), rs.getBoolean(4), rs.getString(5)));
                });
        List<CustomerProfile> page = new ArrayList<>(profiles.size());
        for (CustomerProfile profile : profiles) {
            List<CauseEvidence> found = causes.get(profile.customerId());
            page.add(found == null ? profile : profile.withCauses(found));
        }
        return page;
    }
}
