package retention.app.webhook;

import java.time.LocalDateTime;

/**
 * One signed POST of a batch of events to a subscription, and how it went: the webhook log.
 *
 * @param id the post's id, sent as {@code X-Retention-Delivery}
 * @param subscriptionId the subscription
 * @param eventType action or delivery
 * @param firstEventId the first event's id in the batch
 * @param lastEventId the last event's id in the batch
 * @param eventCount events in the batch
 * @param status PENDING (waiting for its next attempt), SENT or FAILED (gave up)
 * @param attempts attempts made
 * @param nextAttemptAt when the next attempt is due (UTC)
 * @param lastStatus the HTTP status of the last attempt, or null when none came back
 * @param lastError why the last attempt failed, or null
 * @param createdAt when the batch was made (UTC)
 * @param deliveredAt when the receiver accepted it (UTC), or null
 */
record Post(long id, long subscriptionId, String eventType, long firstEventId, long lastEventId, int eventCount,
        String status, int attempts, LocalDateTime nextAttemptAt, Integer lastStatus, String lastError,
        LocalDateTime createdAt, LocalDateTime deliveredAt) {
}
