package retention.app.webhook;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A URL that receives events.
 *
 * @param id the subscription's id
 * @param url where events are posted
 * @param events which events
 * @param active false once deleted: nothing more is sent
 * @param createdAt when it was created (UTC)
 * @param createdBy the key that created it
 */
record Subscription(long id, String url, Set<EventType> events, boolean active, LocalDateTime createdAt,
        String createdBy) {
}
