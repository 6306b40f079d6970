package retention.app.dispatch.channel;

import retention.rules.facts.Channel;

/**
 * Sends one rendered message over one channel. Provider failures are answered, not thrown: a transient one is
 * retried with backoff, a permanent one ends the message as FAILED with the provider's reason.
 */
public interface MessageChannel {

    Channel channel();

    Delivery send(OutgoingMessage message);
}
