package retention.batch.nightly;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Splits a run date's customers into contiguous id ranges {@code (fromId, toId]} of about equal size, one per
 * partition. Ranges by id rather than by count keep each partition's reading an index range scan, and a restart
 * finds the same ranges because they are stored in each partition's execution context.
 */
class CustomerRangePartitioner implements Partitioner {

    static final String FROM_ID = "fromId";
    static final String TO_ID = "toId";

    private final JdbcClient jdbc;
    private final LocalDate runDate;

    CustomerRangePartitioner(JdbcClient jdbc, LocalDate runDate) {
        this.jdbc = jdbc;
        this.runDate = runDate;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        long[] bounds = jdbc.sql("SELECT COALESCE(MIN(customer_id), 0), COALESCE(MAX(customer_id), 0), COUNT(*) "
                + "FROM customer_feature WHERE run_date = ?").param(runDate)
                .query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).single();
        long from = bounds[0] - 1;
        long to = bounds[1];
        int partitions = bounds[2] == 0 ? 1 : (int) Math.max(1, Math.min(gridSize, bounds[2]));
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        long span = to - from;
        long previous = from;
        for (int i = 0; i < partitions; i++) {
            long upper = i == partitions - 1 ? to : from + span * (i + 1) / partitions;
            ExecutionContext context = new ExecutionContext();
            context.putLong(FROM_ID, previous);
            context.putLong(TO_ID, upper);
            ranges.put(String.format("partition%02d", i), context);
            previous = upper;
        }
        return ranges;
    }
}
