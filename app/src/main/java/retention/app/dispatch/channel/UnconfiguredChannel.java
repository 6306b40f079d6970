package retention.app.dispatch.channel;

import retention.rules.facts.Channel;

/**
 * A channel with no provider configured: every message fails permanently and says which setting is missing,
 * rather than disappearing or being sent somewhere by default.
 */
public record UnconfiguredChannel(Channel channel, String setting) implements MessageChannel {

    @Override
    public Delivery send(OutgoingMessage message) {
        return Delivery.permanentFailure("no provider configured for " + channel + ": set " + setting);
    }
}
