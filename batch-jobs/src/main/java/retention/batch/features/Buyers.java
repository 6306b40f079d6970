package retention.batch.features;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the run date's buyers, the customers with paid orders as the facts statement will take them, for the models
 * fitted on their distribution. The callers count distinct values in Java rather than by GROUP BY: MariaDB groups a
 * million buyers' distinct histories and amounts in an on-disk temporary table (3.3 s for one GROUP BY against 0.6 s
 * to read the rows). The read is split into customer-id ranges, two at a time, so that no buffered result holds more
 * than a fraction of the buyers.
 */
final class Buyers {

    private static final String FROM = "FROM stats_orders o JOIN customer c ON c.id = o.customer_id "
            + "AND c.registered_at < :t0 WHERE o.run_date = :runDate AND o.customer_id BETWEEN :fromId AND :toId "
            + "AND NOT EXISTS (SELECT 1 FROM skip_log k WHERE k.run_date = :runDate AND k.source = 'customer' "
            + "AND k.row_id = c.id)";
    private static final int RANGES = 8;

    private Buyers() {
    }

    /**
     * Hands each range's statement selecting {@code columns} (of {@code o}, the buyer's stats_orders row) to
     * {@code reader}; ranges are read side by side, so a reader merges what it counted under a lock.
     */
    static void read(JdbcClient jdbc, ParallelStatements parallel, StatsTables tables, Map<String, Object> parameters,
            String columns, Consumer<JdbcClient.StatementSpec> reader) {
        long[] bounds = jdbc.sql(tables.rename("SELECT MIN(customer_id), MAX(customer_id) FROM stats_orders "
                + "WHERE run_date = :runDate")).params(parameters)
                .query((rs, n) -> rs.getObject(1) == null ? null : new long[] { rs.getLong(1), rs.getLong(2) })
                .optional().orElse(null);
        if (bounds == null) {
            return;
        }
        String sql = "SELECT " + columns + " " + tables.rename(FROM);
        parallel.runInRanges(bounds[0], bounds[1], RANGES, (from, to) -> {
            Map<String, Object> range = new HashMap<>(parameters);
            range.put("fromId", from);
            range.put("toId", to);
            reader.accept(jdbc.sql(sql).params(range));
        });
    }
}
