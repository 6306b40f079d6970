package retention.batch.sendtime;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import retention.rules.facts.Channel;

/**
 * When messages may go out, in each customer's own time zone.
 *
 * @param defaultTime local time of day a message goes out when the customer's history shows no better hour (10:00)
 * @param quietHours local hours in which nothing is sent, for every channel without its own (21:00-09:00)
 * @param channelQuietHours quiet hours of particular channels, e.g. {@code email: 23:00-07:00} (none)
 * @param slot length of a send slot: send times are rounded up to it and Quartz fires once per slot (15 minutes)
 * @param bestHourMinEvents past orders and message opens in one local hour that make it the customer's best
 *        hour (3); with fewer, the default time is used
 * @param historyDays how far back orders and opens count for the best hour (365)
 */
@ConfigurationProperties("retention.send-time")
public record SendTimeProperties(
        @DefaultValue("10:00") LocalTime defaultTime,
        @DefaultValue("21:00-09:00") QuietHours quietHours,
        Map<Channel, QuietHours> channelQuietHours,
        @DefaultValue("15m") Duration slot,
        @DefaultValue("3") int bestHourMinEvents,
        @DefaultValue("365") int historyDays) {

    public SendTimeProperties {
        channelQuietHours = channelQuietHours == null ? Map.of() : Map.copyOf(channelQuietHours);
        if (slot.isZero() || slot.isNegative() || slot.toSeconds() > 3600 || 3600 % slot.toSeconds() != 0) {
            throw new IllegalArgumentException("retention.send-time.slot must divide an hour (e.g. 15m, 5m, 1m), was " + slot);
        }
    }

    /** The defaults, for tests and tools outside a Spring context. */
    public static SendTimeProperties defaults() {
        return new SendTimeProperties(LocalTime.of(10, 0), QuietHours.of("21:00-09:00"), Map.of(),
                Duration.ofMinutes(15), 3, 365);
    }

    public QuietHours quietHours(Channel channel) {
        return channelQuietHours.getOrDefault(channel, quietHours);
    }
}
