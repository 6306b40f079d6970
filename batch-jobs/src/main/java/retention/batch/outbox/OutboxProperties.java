package retention.batch.outbox;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When planned messages are due.
 *
 * @param sendAt local time of day, in the customer's time zone, at which a message of the run date is due (10:00)
 * @param validity how long after its send time a message may still go out before it expires (48 hours)
 */
@ConfigurationProperties("retention.outbox")
public record OutboxProperties(@DefaultValue("10:00") LocalTime sendAt, @DefaultValue("48h") Duration validity) {
}
