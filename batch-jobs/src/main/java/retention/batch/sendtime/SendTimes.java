package retention.batch.sendtime;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import retention.rules.facts.Channel;

/**
 * Builds the send window of a customer and channel from the configuration and the customer's activity.
 */
@Component
@EnableConfigurationProperties(SendTimeProperties.class)
public class SendTimes {

    /** The zone of a customer whose time zone is missing or unknown: the shop's home market. */
    public static final ZoneId FALLBACK_ZONE = ZoneId.of("Asia/Shanghai");

    private final SendTimeProperties properties;

    public SendTimes(SendTimeProperties properties) {
        this.properties = properties;
    }

    /** The window at the customer's best hour for this channel, or at the default time without one. */
    public SendWindow window(ZoneId zone, Channel channel, HourHistogram activity) {
        QuietHours quiet = properties.quietHours(channel);
        LocalTime preferred = activity.best(quiet, properties.bestHourMinEvents()).orElse(properties.defaultTime());
        return new SendWindow(zone, quiet, preferred, properties.slot());
    }

    /** The window around a time already planned: keeps its local time of day as the preferred one. */
    public SendWindow window(ZoneId zone, Channel channel, LocalTime planned) {
        return new SendWindow(zone, properties.quietHours(channel), planned, properties.slot());
    }

    public SendTimeProperties properties() {
        return properties;
    }

    public static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? FALLBACK_ZONE : ZoneId.of(timeZone);
        }
        catch (DateTimeException ex) {
            return FALLBACK_ZONE;
        }
    }
}
