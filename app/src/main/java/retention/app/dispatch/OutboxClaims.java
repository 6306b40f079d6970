package retention.app.dispatch;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import retention.rules.facts.Channel;

/**
 * Claims due outbox rows for one instance. {@code FOR UPDATE SKIP LOCKED} lets several instances claim at once
 * without waiting for each other or taking the same row (MySQL 8, MariaDB 10.6+; H2 accepts it too but may hand a
 * concurrent claimer nothing until the first commits, which is enough for the single-process embedded database).
 * A claim is a lease: a row whose instance died is due again once {@code lease_until} has passed.
 */
@Component
class OutboxClaims {

    private final JdbcClient jdbc;
    private final LockConflicts transaction;

    private final JdbcTemplate jdbcTemplate;

    OutboxClaims(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.transaction = new LockConflicts(transactionManager);
    }

    /**
     * Claims up to {@code limit} due rows: retries first, then pending rows, then rows whose claimer's lease has
     * ended; each oldest due first. One query per status, because {@code status IN (...) ORDER BY send_at} cannot
     * read the (status, send_at) index in order, and InnoDB locks every row such a query reads before its LIMIT:
     * with 100,000 due rows a claim took seconds and locked them all.
     */
    List<Long> claim(Instant now, int limit, String instance, Instant leaseUntil) {
        return transaction.inTransaction(() -> {
            List<Long> ids = new ArrayList<>(limit);
            for (String due : new String[] { "RETRY", "PENDING" }) {
                ids.addAll(jdbc.sql("SELECT id FROM outbox WHERE status = :status AND send_at <= :now "
                        + "ORDER BY send_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                        .param("status", due).param("now", utc(now)).param("limit", limit - ids.size())
                        .query(Long.class).list());
                if (ids.size() == limit) {
                    break;
                }
            }
            if (ids.size() < limit) {
                ids.addAll(jdbc.sql("SELECT id FROM outbox WHERE status = 'SENDING' AND lease_until < :now "
                        + "ORDER BY send_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                        .param("now", utc(now)).param("limit", limit - ids.size()).query(Long.class).list());
            }
            if (ids.isEmpty()) {
                return ids;
            }
            // Attempts count claims, so a message that crashes its sender every time still ends FAILED. One
            // statement per id in a JDBC batch: H2 scans the table for a long IN list of parameters.
            jdbcTemplate.batchUpdate("UPDATE outbox SET status = 'SENDING', claimed_by = ?, lease_until = ?, "
                    + "attempts = attempts + 1 WHERE id = ?", ids, ids.size(), (ps, id) -> {
                        ps.setString(1, instance);
                        ps.setObject(2, utc(leaseUntil));
                        ps.setLong(3, id);
                    });
            return ids;
        });
    }

    /** The rows an instance holds claimed, a customer's highest priority first. */
    List<DueMessage> load(String instance) {
        return jdbc.sql("SELECT o.id, o.customer_id, o.channel, o.template, o.language, o.send_at, o.expires_at, "
                + "o.attempts, o.idempotency_key, o.priority, o.last_error, a.offer FROM outbox o "
                + "LEFT JOIN retention_action a ON a.id = o.action_id WHERE o.status = 'SENDING' AND o.claimed_by = ? "
                + "ORDER BY o.customer_id, o.priority DESC, o.id")
                .param(instance)
                .query((rs, row) -> new DueMessage(rs.getLong(1), rs.getLong(2), Channel.of(rs.getString(3)),
                        rs.getString(4), rs.getString(5), instant(rs.getObject(6, LocalDateTime.class)),
                        instant(rs.getObject(7, LocalDateTime.class)), rs.getInt(8), rs.getString(9), rs.getInt(10),
                        rs.getString(11), rs.getString(12)))
                .list();
    }

    /** When the earliest lease held by any instance ends, if one is held. */
    Instant earliestLeaseEnd() {
        LocalDateTime end = jdbc.sql("SELECT MIN(lease_until) FROM outbox WHERE status = 'SENDING'")
                .query(LocalDateTime.class).optional().orElse(null);
        return end == null ? null : instant(end);
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
