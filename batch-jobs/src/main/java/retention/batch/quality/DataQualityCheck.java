package retention.batch.quality;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transactions;

    public DataQualityCheck(JdbcClient jdbc, QualityProperties properties, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Replaces the skip log of a run date with the bad rows found now.
     *
     * @throws TooManyBadRowsException when the share of bad rows is above the configured maximum
     */
    public QualityResult check(LocalDate runDate) {
        // The skip log is committed on its own even when the run then stops for too many bad rows: it is what the
        // people fixing the data need to read.
        QualityResult result = transactions.execute(status -> record(runDate));
        if (result.badShare() > properties.maxBadRowShare()) {
            throw new TooManyBadRowsException(result, properties.maxBadRowShare());
        }
        return result;
    }

    private QualityResult record(LocalDate runDate) {
        LocalDateTime t0 = runDate.atStartOfDay();
        List<String> badZones = badTimeZones();
        jdbc.sql("DELETE FROM skip_log WHERE run_date = ?").param(runDate).update();
        long rowsRead = 0;
        for (String source : BadRowChecks.SOURCES) {
            jdbc.sql(statement(source))
                    .param("runDate", runDate)
                    .param("t0", t0)
                    .param("now", LocalDateTime.now(clock))
                    .param("replacementCharacter", REPLACEMENT_CHARACTER)
                    .param("languages", properties.languages())
                    .param("badTimeZones", badZones.isEmpty() ? List.of("\u0000") : badZones)
                    .update();
            rowsRead += jdbc.sql("SELECT COUNT(*) FROM " + source + " x WHERE x." + BadRowChecks.timeColumn(source)
                    + " < ?").param(t0).query(Long.class).single();
        }
        return new QualityResult(runDate, rowsRead, counts(runDate));
    }

    /**
     * One pass over a table: each row gets the first reason that applies, so a million orders are read once, not
     * once per check.
     */
    static String statement(String source) {
        String time = "x." + BadRowChecks.timeColumn(source);
        StringBuilder reason = new StringBuilder("CASE WHEN " + time + " > :now THEN 'dated in the future'");
        if (!source.equals("customer")) {
            reason.append(" WHEN NOT EXISTS (SELECT 1 FROM customer c WHERE c.id = x.customer_id) THEN 'unknown customer'");
        }
        BadRowChecks.ALL.stream().filter(c -> c.source().equals(source)).forEach(c ->
                reason.append(" WHEN (").append(c.condition()).append(") THEN '").append(c.reason()).append("'"));
        reason.append(" END");
        return "INSERT INTO skip_log (run_date, source, row_id, customer_id, reason) SELECT :runDate, '" + source
                + "', y.id, y.customer_id, y.reason FROM (SELECT x.id, x." + BadRowChecks.customerColumn(source)
                + " AS customer_id, " + reason + " AS reason FROM " + source + " x WHERE " + time + " < :t0 OR "
                + time + " > :now) y WHERE y.reason IS NOT NULL";
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
