package retention.batch.outbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import retention.db.bulk.MultiRowInsert;

/**
 * One outbox row as the plan writes it.
 *
 * @param actionId the action it sends
 * @param runDate the run date
 * @param customerId the customer
 * @param channel the channel
 * @param template the template to render
 * @param language the customer's language
 * @param status PENDING, SUPPRESSED or EXPIRED
 * @param sendAt when to send it (UTC)
 * @param expiresAt when it stops being worth sending (UTC)
 * @param idempotencyKey the key the provider deduplicates by
 * @param priority the rule's priority
 * @param statusReason why it was suppressed, expired or postponed, or null
 */
record OutboxRow(long actionId, LocalDate runDate, long customerId, String channel, String template, String language,
        String status, LocalDateTime sendAt, LocalDateTime expiresAt, String idempotencyKey, int priority,
        String statusReason) {

    /** A row that exists already (a range planned again after a crash) is left as it was. */
    static final MultiRowInsert<OutboxRow> INSERT = MultiRowInsert.<OutboxRow>into("outbox",
            List.of("action_id", "run_date", "customer_id", "channel", "template", "language", "status", "send_at",
                    "expires_at", "idempotency_key", "priority", "status_reason"),
            (row, values) -> values.add(row.actionId()).add(row.runDate()).add(row.customerId()).add(row.channel())
                    .add(row.template()).add(row.language()).add(row.status()).add(row.sendAt())
                    .add(row.expiresAt()).add(row.idempotencyKey()).add(row.priority()).add(row.statusReason()))
            .then("ON DUPLICATE KEY UPDATE id = id");
}
