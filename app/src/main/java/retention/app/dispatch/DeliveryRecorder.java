package retention.app.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import retention.rules.facts.Channel;

/**
 * Writes a batch's outcomes in one transaction: the outbox rows (only those this instance still holds), one
 * delivery attempt each, and a contact-log row per message sent, so tomorrow's customer facts see it.
 */
@Component
class DeliveryRecorder {

    private static final String UPDATE = "UPDATE outbox SET status = ?, send_at = COALESCE(?, send_at), sent_at = ?, "
            + "status_reason = ?, last_error = COALESCE(?, last_error), claimed_by = NULL, lease_until = NULL "
            + "WHERE id = ? AND claimed_by = ? AND status = 'SENDING'";
    private static final String ATTEMPT = "INSERT INTO delivery_attempt (outbox_id, attempt, occurred_at, outcome, "
            + "channel, detail, instance) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String CONTACT = "INSERT INTO contact_log (customer_id, channel, sent_at, template, "
            + "personalized, recall, outbox_id) VALUES (?, ?, ?, ?, ?, TRUE, ?)";

    private final JdbcTemplate jdbc;
    private final LockConflicts transaction;

    DeliveryRecorder(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new LockConflicts(transactionManager);
    }

    /** @return the outcomes written; one whose lease another instance took over meanwhile is left out */
    List<Outcome> record(List<Outcome> outcomes, String claimer, Instant now) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        return transaction.inTransaction(() -> {
            int[][] updated = jdbc.batchUpdate(UPDATE, outcomes, outcomes.size(), (ps, o) -> {
                boolean sent = o.kind() == Outcome.Kind.SENT;
                ps.setString(1, o.kind().status);
                ps.setObject(2, OutboxClaims.utc(o.sendAt()));
                ps.setObject(3, sent ? OutboxClaims.utc(now) : null);
                ps.setString(4, sent ? null : limit(o.detail()));
                ps.setString(5, o.kind() == Outcome.Kind.RETRY || o.kind() == Outcome.Kind.FAILED ? limit(o.detail()) : null);
                ps.setLong(6, o.message().id());
                ps.setString(7, claimer);
            });
            List<Outcome> written = new ArrayList<>(outcomes.size());
            for (int i = 0; i < outcomes.size(); i++) {
                if (updated[0][i] != 0) {
                    written.add(outcomes.get(i));
                }
            }
            jdbc.batchUpdate(ATTEMPT, written, written.size(), (ps, o) -> {
                ps.setLong(1, o.message().id());
                ps.setInt(2, o.message().attempts());
                ps.setObject(3, OutboxClaims.utc(now));
                ps.setString(4, o.kind().name());
                ps.setString(5, o.message().channel().name());
                ps.setString(6, limit(o.detail()));
                ps.setString(7, claimer);
            });
            List<Outcome> contacts = written.stream()
                    .filter(o -> o.kind() == Outcome.Kind.SENT && o.message().channel() != Channel.PHONE).toList();
            jdbc.batchUpdate(CONTACT, contacts, contacts.size(), (ps, o) -> {
                ps.setLong(1, o.message().customerId());
                ps.setString(2, o.message().channel().name());
                ps.setObject(3, OutboxClaims.utc(now));
                ps.setString(4, o.message().template());
                ps.setBoolean(5, o.personalized());
                ps.setLong(6, o.message().id());
            });
            return written;
        });
    }

    private static String limit(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
