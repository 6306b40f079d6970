package retention.app.dispatch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import retention.rules.facts.Channel;

/**
 * How recall messages are sent.
 *
 * @param batchSize outbox rows claimed per batch (500)
 * @param threads messages of a batch sent at the same time (8: sending waits on the provider, not the CPU)
 * @param lease how long a claimed row stays with the instance that claimed it; after a crash it is claimable again
 *        once the lease has expired (5 minutes)
 * @param maxAttempts attempts before a message that keeps failing transiently ends FAILED (8)
 * @param retryBackoff wait before the first retry; doubled for each further attempt (1 minute)
 * @param maxBackoff the longest wait between two attempts (1 hour)
 * @param logFile where the LOG channel writes (data/messages.log under the home folder)
 * @param redirectToLog write every SMS, e-mail, WeChat and push message to the log file instead of sending it, as
 *        the demo does (false)
 * @param emailFrom the sender address of e-mail; the SMTP server itself is {@code spring.mail.*} (none: e-mail fails
 *        with a reason until it is set)
 * @param webhooks the HTTP gateway of SMS, WECHAT and PUSH (none: their messages fail with a reason until set)
 */
@ConfigurationProperties("retention.dispatch")
public record DispatchProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("8") int threads,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration retryBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("data/messages.log") Path logFile,
        @DefaultValue("false") boolean redirectToLog,
        @DefaultValue("noreply@shop.example") String emailFrom,
        Map<Channel, Webhook> webhooks) {

    public DispatchProperties {
        webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
        if (batchSize < 1 || threads < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("retention.dispatch.batch-size, threads and max-attempts must be 1 or more");
        }
    }

    /** The wait before the next attempt after {@code attempts} failed ones: exponential, capped. */
    public Duration backoff(int attempts) {
        Duration wait = retryBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /**
     * A provider's HTTP gateway. The secret comes from the environment (e.g.
     * {@code RETENTION_DISPATCH_WEBHOOKS_SMS_SECRET}), never from a file in the repository.
     *
     * @param url where messages are posted
     * @param secret the HMAC-SHA256 key of the {@code X-Signature} header, at least 16 characters
     * @param connectTimeout how long to wait for a connection (2 seconds)
     * @param readTimeout how long to wait for the answer (5 seconds)
     */
    public record Webhook(URI url, String secret, @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout) {
    }
}
