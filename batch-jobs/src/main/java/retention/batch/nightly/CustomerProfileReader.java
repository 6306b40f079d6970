package retention.batch.nightly;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.simple.JdbcClient;

import retention.rules.facts.CustomerProfile;

/**
 * Reads a run date's customer facts in customer-id order, a page at a time, for the customers in
 * {@code (fromId, toId]}. Restart state is the last customer id handed out, not a row count: a restarted step
 * asks the database for what comes after it, which is exact whatever was written meanwhile.
 */
class CustomerProfileReader implements ItemStreamReader<CustomerProfile> {

    static final String LAST_CUSTOMER_ID = "lastCustomerId";

    private final CustomerProfilePages pages;
    private final LocalDate runDate;
    private final long fromId;
    private final long toId;
    private final int pageSize;
    private final Deque<CustomerProfile> page = new ArrayDeque<>();
    private long lastFetched;
    private long lastReturned;
    private boolean exhausted;

    CustomerProfileReader(JdbcClient jdbc, LocalDate runDate, long fromId, long toId, int pageSize) {
        this.pages = new CustomerProfilePages(jdbc);
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
        List<CustomerProfile> profiles = pages.page(runDate, lastFetched, toId, pageSize);
        if (profiles.isEmpty()) {
            exhausted = true;
            return;
        }
        page.addAll(profiles);
        lastFetched = profiles.get(profiles.size() - 1).customerId();
        exhausted = profiles.size() < pageSize;
    }
}
