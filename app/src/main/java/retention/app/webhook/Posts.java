package retention.app.webhook;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the posts of each subscription with their attempts, so that retries survive a restart.
 */
@Repository
class Posts {

    private static final String COLUMNS = "id, subscription_id, event_type, first_event_id, last_event_id, event_count, "
            + "status, attempts, next_attempt_at, last_status, last_error, created_at, delivered_at";

    private final JdbcClient jdbc;

    Posts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(long subscriptionId, EventType type, long firstId, long lastId, int count, String payload,
            LocalDateTime now) {
        jdbc.sql("INSERT INTO webhook_delivery (subscription_id, event_type, first_event_id, last_event_id, "
                + "event_count, payload, status, attempts, next_attempt_at, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .params(subscriptionId, type.wireName(), firstId, lastId, count, payload, now, now).update();
    }

    /** Posts due now, oldest first, of active subscriptions. */
    List<Due> due(LocalDateTime now, int limit) {
        return jdbc.sql("SELECT d.id, d.subscription_id, d.event_type, d.attempts, d.next_attempt_at, d.payload, "
                + "s.url, s.secret "
                + "FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id "
                + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND s.active ORDER BY d.id LIMIT ?")
                .params(now, limit).query(Due.class).list();
    }

    /**
     * Claims a due post for one attempt by moving its next attempt past the attempt's time-out; false when another
     * instance claimed it first, so that clustered services post each attempt once.
     */
    boolean claim(Due due, LocalDateTime until) {
        return jdbc.sql("UPDATE webhook_delivery SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING' "
                + "AND next_attempt_at = ?").params(until, due.id(), due.nextAttemptAt()).update() == 1;
    }

    void sent(long id, int status, LocalDateTime now) {
        jdbc.sql("UPDATE webhook_delivery SET status = 'SENT', attempts = attempts + 1, last_status = ?, "
                + "last_error = NULL, delivered_at = ? WHERE id = ?").params(status, now, id).update();
    }

    void failed(long id, Integer status, String error, LocalDateTime nextAttempt, boolean giveUp) {
        jdbc.sql("UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_status = ?, last_error = ?, "
                + "next_attempt_at = ? WHERE id = ?")
                .params(giveUp ? "FAILED" : "PENDING", status, error.length() > 500 ? error.substring(0, 500) : error,
                        nextAttempt, id)
                .update();
    }

    List<Post> list(long subscriptionId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_delivery WHERE subscription_id = ? ORDER BY id DESC "
                + "LIMIT ?").params(subscriptionId, limit).query(Post.class).list();
    }

    /**
     * A post due for an attempt, with what is needed to send it.
     *
     * @param id the post
     * @param subscriptionId the subscription
     * @param eventType action or delivery
     * @param attempts attempts made so far
     * @param nextAttemptAt when the attempt was due, the claim's check
     * @param payload the JSON body
     * @param url where to post it
     * @param secret the subscription's signing secret
     */
    record Due(long id, long subscriptionId, String eventType, int attempts, LocalDateTime nextAttemptAt,
            String payload, String url, String secret) {
    }
}
