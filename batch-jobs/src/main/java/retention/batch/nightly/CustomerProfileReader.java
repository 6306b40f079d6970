package retention.batch.nightly;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.simple.JdbcClient;

import retention.rules.facts.CauseEvidence;
import retention.rules.facts.ChurnCause;
import retention.rules.facts.CustomerProfile;

/**
 * Reads a run date's customer facts in customer-id order, a page at a time, for the customers in
 * {@code (fromId, toId]}. Restart state is the last customer id handed out, not a row count: a restarted step
 * asks the database for what comes after it, which is exact whatever was written meanwhile.
 */
class CustomerProfileReader implements ItemStreamReader<CustomerProfile> {

    static final String LAST_CUSTOMER_ID = "lastCustomerId";

    private final JdbcClient jdbc;
    private final LocalDate runDate;
    private final long fromId;
    private final long toId;
    private final int pageSize;
    private final Deque<CustomerProfile> page = new ArrayDeque<>();
    private long lastFetched;
    private long lastReturned;
    private boolean exhausted;

    CustomerProfileReader(JdbcClient jdbc, LocalDate runDate, long fromId, long toId, int pageSize) {
        this.jdbc = jdbc;
        this.runDate = runDate;
        this.fromId = fromId;
        this.toId = toId;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        lastReturned = context.getLong(LAST_CUSTOMER_ID, fromId);
        lastFetched = lastReturned;
        page.clear();
        exhausted = false;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST_CUSTOMER_ID, lastReturned);
    }

    @Override
    public CustomerProfile read() {
        if (page.isEmpty() && !exhausted) {
            fetchPage();
        }
        CustomerProfile next = page.poll();
        if (next != null) {
            lastReturned = next.customerId();
        }
        return next;
    }

    private void fetchPage() {
        List<CustomerProfile> profiles = jdbc.sql("SELECT " + CustomerProfileRows.COLUMNS + " FROM customer_feature "
                + "WHERE run_date = ? AND customer_id > ? AND customer_id <= ? ORDER BY customer_id LIMIT ?")
                .params(runDate, lastFetched, toId, pageSize)
                .query((rs, row) -> CustomerProfileRows.map(rs, List.of()))
                .list();
        if (profiles.isEmpty()) {
            exhausted = true;
            return;
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
        for (CustomerProfile profile : profiles) {
            List<CauseEvidence> found = causes.get(profile.customerId());
            page.add(found == null ? profile : profile.withCauses(found));
        }
        lastFetched = last;
        exhausted = profiles.size() < pageSize;
    }
}
