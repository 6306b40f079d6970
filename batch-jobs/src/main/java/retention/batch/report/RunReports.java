package retention.batch.report;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads stored run reports.
 */
@Repository
public class RunReports {

    private static final String HEADER = "SELECT execution_id, run_date, status, forced, started_at, ended_at, "
            + "customers_evaluated, actions, messages_planned, rows_skipped, rule_book_version_id, failure FROM run_report";

    private final JdbcClient jdbc;

    public RunReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest reports, newest first, without their breakdowns. */
    public List<RunReport> latest(int limit) {
        return jdbc.sql(HEADER + " ORDER BY execution_id DESC LIMIT ?").param(limit)
                .query((rs, row) -> header(rs, List.of())).list();
    }

    public Optional<RunReport> find(long executionId) {
        List<RunReportCount> counts = jdbc.sql("SELECT section, name, detail, count FROM run_report_count "
                + "WHERE execution_id = ? ORDER BY section, count DESC, name, detail").param(executionId)
                .query(RunReportCount.class).list();
        return jdbc.sql(HEADER + " WHERE execution_id = ?").param(executionId)
                .query((rs, row) -> header(rs, counts)).optional();
    }

    private static RunReport header(java.sql.ResultSet rs, List<RunReportCount> counts) throws java.sql.SQLException {
        return new RunReport(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class), rs.getString(3),
                rs.getBoolean(4), rs.getObject(5, java.time.LocalDateTime.class),
                rs.getObject(6, java.time.LocalDateTime.class), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                rs.getLong(10), rs.getObject(11, Long.class), rs.getString(12), counts);
    }
}
