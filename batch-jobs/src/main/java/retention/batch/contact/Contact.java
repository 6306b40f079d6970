package retention.batch.contact;

import java.time.Instant;

import retention.rules.facts.Channel;

/**
 * A recall message a customer received or is due to receive, as the caps count it.
 *
 * @param at when it was or will be sent
 * @param channel over which channel
 */
public record Contact(Instant at, Channel channel) {
}
