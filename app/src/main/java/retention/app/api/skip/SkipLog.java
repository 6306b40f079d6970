package retention.app.api.skip;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The skip log the nightly run's data check writes: one row per bad row it left out, with the reason.
 */
@Component
class SkipLog implements Skips {

    private final JdbcClient jdbc;

    SkipLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Skip> list(LocalDate runDate, long afterId, int limit) {
        return jdbc.sql("SELECT id, run_date, source, row_id, customer_id, reason FROM skip_log WHERE run_date = ? "
                + "AND id > ? ORDER BY id LIMIT ?").params(runDate, afterId, limit)
                .query((rs, row) -> new Skip(rs.getLong("id"), rs.getObject("run_date", LocalDate.class),
                        "checkDataStep", rs.getString("source") + " " + rs.getLong("row_id")
                                + (rs.getObject("customer_id") == null ? "" : " (customer " + rs.getLong("customer_id") + ")"),
                        rs.getString("reason")))
                .list();
    }
}
