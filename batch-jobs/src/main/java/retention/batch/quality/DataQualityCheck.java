package retention.batch.quality;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.batch.features.ParallelStatements;

/**
 * Finds the bad rows a run would read, records each with its reason in {@code skip_log} and counts them. Facts are
 * computed without those rows: the feature SQL leaves out customers in the skip log and reads only orders,
 * interactions, visits and contacts with possible values.
 */
@Component
public class DataQualityCheck {

    /** What Java puts in place of bytes that are not valid text: the mark of a broken import. */
    private static final String REPLACEMENT_CHARACTER = "\uFFFD";

    private final JdbcClient jdbc;
    private final QualityProperties properties;
    private final Clock clock;
    private final ParallelStatements parallel;

    public DataQualityCheck(JdbcClient jdbc, QualityProperties properties, Clock clock, ParallelStatements parallel) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.parallel = parallel;
    }

    /**
     * Replaces the skip log of a run date with the bad rows found now.
     *
     * @throws TooManyBadRowsException when the share of bad rows is above the configured maximum
     */
    public QualityResult check(LocalDate runDate) {
        LocalDateTime t0 = runDate.atStartOfDay();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("runDate", runDate);
        parameters.put("t0", t0);
        parameters.put("now", LocalDateTime.now(clock));
        parameters.put("replacementCharacter", REPLACEMENT_CHARACTER);
        parameters.put("languages", properties.languages());
        List<String> badZones = badTimeZones();
        parameters.put("badTimeZones", badZones.isEmpty() ? List.of("\u0000") : badZones);
        parallel.call(() -> jdbc.sql("DELETE FROM skip_log WHERE run_date = ?").param(runDate).update());
        Map<String, Long> rowsRead = new ConcurrentHashMap<>();
        // The skip log is committed as it is written, even when the run then stops for too many bad rows: it is what
        // the people fixing the data need to read. Each table's count and its search for unknown customers are
        // separate tasks, so that the cores share the orders' work instead of one doing all of it.
        List<Runnable> tasks = new ArrayList<>();
        BadRowChecks.SOURCES.forEach(source -> tasks.add(() -> rowsRead.put(source, checkSource(source, parameters))));
        BadRowChecks.SOURCES.stream().filter(source -> !source.equals("customer"))
                .forEach(source -> tasks.add(() -> logUnknownCustomers(source, parameters)));
        parallel.runAll(tasks);
        QualityResult result = new QualityResult(runDate, rowsRead.values().stream().mapToLong(Long::longValue).sum(),
                counts(runDate));
        if (result.badShare() > properties.maxBadRowShare()) {
            throw new TooManyBadRowsException(result, properties.maxBadRowShare());
        }
        return result;
    }

    /**
     * Checks one table in as few passes as the data allows: one pass counts its rows and its bad rows, which for clean
     * data is all there is to do; only a table with bad rows is read again to log each of them. Counting, rather than
     * grouping by reason, spares the database a temporary table updated for each of eleven million orders.
     *
     * @return the table's rows dated before the run date
     */
    private long checkSource(String source, Map<String, Object> parameters) {
        String reason = reason(source);
        String time = "x." + BadRowChecks.timeColumn(source);
        Map<String, Object> counts = jdbc.sql("SELECT COUNT(*) AS n, COUNT(" + reason + ") AS bad FROM " + source
                + " x WHERE " + time + " < :t0 OR " + time + " > :now").params(parameters).query().singleRow();
        long read = ((Number) counts.get("n")).longValue();
        boolean bad = ((Number) counts.get("bad")).longValue() > 0;
        if (bad) {
            jdbc.sql("INSERT INTO skip_log (run_date, source, row_id, customer_id, reason) SELECT :runDate, '" + source
                    + "', y.id, y.customer_id, y.reason FROM (SELECT x.id, x." + BadRowChecks.customerColumn(source)
                    + " AS customer_id, " + reason + " AS reason FROM " + source + " x WHERE " + time + " < :t0 OR "
                    + time + " > :now) y WHERE y.reason IS NOT NULL").params(parameters).update();
        }
        return read;
    }

    /**
     * Rows of customers the shop never sent. The table's distinct customers come from a loose scan of its customer
     * index (one seek per customer, not one row per order), each then looked up among the customers, in id order.
     * Written as an outer join: with {@code NOT EXISTS}, MariaDB chose for the orders to copy every customer id into a
     * temporary table and probe that instead (3.7 s against 1.85 s on a million customers). Interactions, site visits
     * and contacts take 1.6, 1.7 and 0.8 s either way; an anti-join over every row took about twice as long.
     */
    private void logUnknownCustomers(String source, Map<String, Object> parameters) {
        List<Long> unknown = jdbc.sql("SELECT d.customer_id FROM (SELECT DISTINCT customer_id FROM " + source
                + ") d LEFT JOIN customer c ON c.id = d.customer_id WHERE c.id IS NULL")
                .query(Long.class).list();
        String time = "x." + BadRowChecks.timeColumn(source);
        for (int from = 0; from < unknown.size(); from += 1000) {
            Map<String, Object> batch = new HashMap<>(parameters);
            batch.put("unknown", unknown.subList(from, Math.min(from + 1000, unknown.size())));
            jdbc.sql("INSERT INTO skip_log (run_date, source, row_id, customer_id, reason) SELECT :runDate, '" + source
                    + "', x.id, x.customer_id, 'unknown customer' FROM " + source + " x WHERE x.customer_id IN (:unknown) "
                    + "AND " + time + " < :t0").params(batch).update();
        }
    }

    /** The first reason a row of the table is bad for, or null: dates in the future first, then each check. */
    static String reason(String source) {
        String time = "x." + BadRowChecks.timeColumn(source);
        StringBuilder reason = new StringBuilder("CASE WHEN " + time + " > :now THEN 'dated in the future'");
        BadRowChecks.ALL.stream().filter(c -> c.source().equals(source)).forEach(c ->
                reason.append(" WHEN (").append(c.condition()).append(") THEN '").append(c.reason()).append("'"));
        return reason.append(" END").toString();
    }

    private List<QualityResult.SkipCount> counts(LocalDate runDate) {
        return jdbc.sql("SELECT source, reason, COUNT(*) FROM skip_log WHERE run_date = ? GROUP BY source, reason "
                + "ORDER BY source, reason").param(runDate)
                .query((rs, row) -> new QualityResult.SkipCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Time zones cannot be checked in SQL; there are few distinct ones, so Java checks them. */
    private List<String> badTimeZones() {
        List<String> bad = new ArrayList<>();
        for (String zone : jdbc.sql("SELECT DISTINCT time_zone FROM customer").query(String.class).list()) {
            try {
                ZoneId.of(zone);
            }
            catch (DateTimeException ex) {
                bad.add(zone);
            }
        }
        return bad;
    }
}
