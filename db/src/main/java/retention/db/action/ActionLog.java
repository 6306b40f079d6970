package retention.db.action;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads the action log.
 */
@Repository
public class ActionLog {

    // A row that already exists (a chunk replayed after a crash between commit and bookkeeping) is left as it
    // was: the first decision for a customer, night and action stands.
    private static final String INSERT = "INSERT INTO retention_action (run_date, customer_id, action_code, kind, "
            + "status, channel, rule_name, rule_book_version_id, priority, offer, template, reason, explanation, "
            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    public ActionLog(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** Inserts a chunk of actions in one JDBC batch; existing rows are kept unchanged. */
    public void insertAll(List<ActionRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate(INSERT, rows, rows.size(), ActionLog::bind);
    }

    private static void bind(PreparedStatement ps, ActionRow row) throws SQLException {
        ps.setObject(1, row.runDate());
        ps.setLong(2, row.customerId());
        ps.setString(3, row.actionCode());
        ps.setString(4, row.kind());
        ps.setString(5, row.status());
        ps.setString(6, row.channel());
        ps.setString(7, row.ruleName());
        ps.setLong(8, row.ruleBookVersionId());
        ps.setInt(9, row.priority());
        ps.setString(10, row.offer());
        ps.setString(11, row.template());
        ps.setString(12, row.reason());
        ps.setString(13, row.explanation());
        ps.setObject(14, row.createdAt());
    }

    /** Actions of a run date, counted by action, channel and status, the most frequent first. */
    public List<ActionCount> countsFor(LocalDate runDate) {
        return jdbc.sql("SELECT action_code, channel, status, COUNT(*) AS count FROM retention_action "
                + "WHERE run_date = ? GROUP BY action_code, channel, status ORDER BY count DESC, action_code")
                .param(runDate).query(ActionCount.class).list();
    }

    /** Number of actions recorded for a run date. */
    public long countFor(LocalDate runDate) {
        return jdbc.sql("SELECT COUNT(*) FROM retention_action WHERE run_date = ?").param(runDate)
                .query(Long.class).single();
    }
}
