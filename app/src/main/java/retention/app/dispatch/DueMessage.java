package retention.app.dispatch;

import java.time.Instant;

import retention.rules.facts.Channel;

/**
 * A claimed outbox row with what rendering needs from its action.
 *
 * @param id the outbox row
 * @param customerId the customer
 * @param channel the channel
 * @param template the template name
 * @param language the language planned
 * @param sendAt when it was due
 * @param expiresAt the end of its validity
 * @param attempts claims so far, this one included
 * @param idempotencyKey the key passed to the provider
 * @param priority the rule's priority
 * @param lastError the last failure, or null
 * @param offer the action's offer, or null
 */
record DueMessage(long id, long customerId, Channel channel, String template, String language, Instant sendAt,
        Instant expiresAt, int attempts, String idempotencyKey, int priority, String lastError, String offer) {
}
