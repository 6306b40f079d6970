package retention.batch.contact;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import retention.rules.facts.Channel;

/**
 * Limits on contacting a customer. Caps count recall (marketing) messages across channels; a channel may add
 * its own tighter caps. PHONE callbacks are service tasks: only opt-outs apply to them.
 *
 * @param maxPerDay recall messages a customer may receive per local calendar day, all channels together (1)
 * @param maxPerWeek recall messages a customer may receive in any 7 local calendar days (2)
 * @param channels per-channel caps, e.g. {@code sms.max-per-week: 1} (none)
 * @param cooldown no two recall messages go out closer together than this (24 hours: with the daily cap, no
 *        message at 20:45 and another at 09:00; raise it to give each recall more time to work)
 * @param maxIgnoredRecalls a customer who ignored this many recalls in a row gets no more (3; seed 001: stop
 *        spending on those who never answer)
 * @param answerWindow a recall not answered within this long counts as ignored (14 days, as the customer facts)
 */
@ConfigurationProperties("retention.contact")
public record ContactPolicyProperties(
        @DefaultValue("1") int maxPerDay,
        @DefaultValue("2") int maxPerWeek,
        Map<Channel, ChannelCaps> channels,
        @DefaultValue("24h") Duration cooldown,
        @DefaultValue("3") int maxIgnoredRecalls,
        @DefaultValue("14d") Duration answerWindow) {

    public ContactPolicyProperties {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    /** The defaults, for tests and tools outside a Spring context. */
    public static ContactPolicyProperties defaults() {
        return new ContactPolicyProperties(1, 2, Map.of(), Duration.ofHours(24), 3, Duration.ofDays(14));
    }

    public ChannelCaps caps(Channel channel) {
        return channels.getOrDefault(channel, ChannelCaps.NONE);
    }

    /**
     * Caps of one channel on top of the global ones; null means no cap of its own.
     *
     * @param maxPerDay messages over this channel per local day
     * @param maxPerWeek messages over this channel in any 7 local days
     */
    public record ChannelCaps(Integer maxPerDay, Integer maxPerWeek) {

        static final ChannelCaps NONE = new ChannelCaps(null, null);
    }
}
