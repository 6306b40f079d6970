package retention.db.action;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import retention.db.bulk.MultiRowInsert;

/**
 * Writes and reads the action log.
 */
@Repository
public class ActionLog {

    // A row that already exists (a chunk replayed after a crash between commit and bookkeeping) is left as it
    // was: the first decision for a customer, night and action stands.
    private static final MultiRowInsert<ActionRow> INSERT = MultiRowInsert.<ActionRow>into("retention_action",
            List.of("run_date", "customer_id", "action_code", "kind", "status", "channel", "rule_name",
                    "rule_book_version_id", "priority", "offer", "template", "reason", "explanation", "created_at"),
            (row, values) -> values.add(row.runDate()).add(row.customerId()).add(row.actionCode()).add(row.kind())
                    .add(row.status()).add(row.channel()).add(row.ruleName()).add(row.ruleBookVersionId())
                    .add(row.priority()).add(row.offer()).add(row.template()).add(row.reason())
                    .add(row.explanation()).add(row.createdAt()))
            .then("ON DUPLICATE KEY UPDATE id = id");

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    public ActionLog(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** Inserts a chunk of actions in multi-row statements; existing rows are kept unchanged. */
    public void insertAll(List<ActionRow> rows) {
        INSERT.write(jdbcTemplate, rows);
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
