package retention.app.dispatch.channel;

import retention.rules.facts.Channel;
import retention.rules.template.RenderedMessage;

/**
 * A message ready for its channel.
 *
 * @param outboxId the outbox row
 * @param idempotencyKey the key every provider receives, so a message sent twice after a crash is delivered once
 * @param customerId the customer
 * @param customerName the customer's name
 * @param channel the channel it was planned for
 * @param address phone number, e-mail address, openid or push token
 * @param language the language it is written in
 * @param template the template's name
 * @param content subject and body
 */
public record OutgoingMessage(long outboxId, String idempotencyKey, long customerId, String customerName,
        Channel channel, String address, String language, String template, RenderedMessage content) {
}
