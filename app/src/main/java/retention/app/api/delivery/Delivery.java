package retention.app.api.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One planned message and how its delivery went, as the API shows it.
 *
 * @param id the delivery's id (the outbox row)
 * @param actionId the action it carries out
 * @param runDate the night that planned it
 * @param customerId the customer
 * @param channel the channel
 * @param recipient the phone, email, WeChat id or push token it goes to, masked unless the key may read personal data
 * @param template the message template
 * @param language the language it is sent in
 * @param status PENDING, SENT, RETRY, FAILED, ... as the dispatcher records it
 * @param sendAt when it is due (UTC)
 * @param expiresAt after when it is no longer sent (UTC)
 * @param attempts how many times sending was tried
 * @param sentAt when it went out (UTC), or null
 * @param lastError the last failure, or null
 */
public record Delivery(long id, long actionId, LocalDate runDate, long customerId, String channel, String recipient,
        String template, String language, String status, LocalDateTime sendAt, LocalDateTime expiresAt, int attempts,
        LocalDateTime sentAt, String lastError) {
}
