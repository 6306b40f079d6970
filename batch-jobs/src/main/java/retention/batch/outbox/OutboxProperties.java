package retention.batch.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long planned messages stay valid. When they are due is the send-time policy's
 * ({@code retention.send-time.*}).
 *
 * @param validity how long after its planned send time a message may still go out before it expires (48 hours)
 */
@ConfigurationProperties("retention.outbox")
public record OutboxProperties(@DefaultValue("48h") Duration validity) {
}
