package retention.batch.contact;

import java.util.Map;
import java.util.Set;

/**
 * The customers of a batch, as SQL can select them without a long IN list: H2 stops using the customer index for
 * an IN list of a thousand parameters (seconds per batch instead of milliseconds), while a range or a join on the
 * outbox rows a dispatcher has claimed stays fast on H2, MySQL and MariaDB alike. Rows of customers outside the
 * batch that the SQL lets through are dropped with {@link #contains}.
 *
 * @param ids the customers
 * @param claimer the instance whose claimed outbox rows name the customers, or null for the range of {@code ids}
 */
public record CustomerSet(Set<Long> ids, String claimer) {

    /** Customers with ids in a range, such as a planning batch read in customer order. */
    public static CustomerSet range(Set<Long> ids) {
        return new CustomerSet(Set.copyOf(ids), null);
    }

    /** The customers of the outbox rows an instance holds claimed. */
    public static CustomerSet claimedBy(String instance, Set<Long> ids) {
        return new CustomerSet(Set.copyOf(ids), instance);
    }

    public boolean contains(long customerId) {
        return ids.contains(customerId);
    }

    /**
     * {@code SELECT <columns> FROM <table> <join> WHERE <batch condition> AND <condition>}, the batch selected on
     * {@code customerColumn} (qualified by the table's alias).
     */
    public String select(String columns, String table, String customerColumn, String condition) {
        String batch = claimer == null ? " WHERE " + customerColumn + " BETWEEN :batchMin AND :batchMax"
                : " JOIN (SELECT DISTINCT customer_id AS batch_customer FROM outbox WHERE status = 'SENDING' "
                        + "AND claimed_by = :batchClaimer) batch ON batch.batch_customer = " + customerColumn
                        + " WHERE 1 = 1";
        return "SELECT " + columns + " FROM " + table + batch + (condition.isEmpty() ? "" : " AND " + condition);
    }

    public Map<String, Object> params() {
        if (claimer != null) {
            return Map.of("batchClaimer", claimer);
        }
        return Map.of("batchMin", ids.stream().mapToLong(Long::longValue).min().orElse(0),
                "batchMax", ids.stream().mapToLong(Long::longValue).max().orElse(-1));
    }
}
