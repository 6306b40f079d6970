package retention.app.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhook events are collected and sent.
 *
 * @param enabled whether the service collects and sends events (default true; only {@code serve} runs them)
 * @param pollInterval how often new actions and deliveries are collected and due posts sent (default 10 s)
 * @param batchSize events per post at most (default 500)
 * @param maxAttempts posts of one batch before it is given up as FAILED (default 8)
 * @param initialBackoff wait before the first retry; each retry waits twice as long as the previous (default 30 s)
 * @param maxBackoff the longest wait between two attempts (default 1 h)
 * @param timeout how long one post may take (default 10 s)
 */
@ConfigurationProperties("retention.webhooks")
record WebhookProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("500") int batchSize, @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff, @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("10s") Duration timeout) {

    /** The wait after the given number of failed attempts: doubling from the initial backoff, capped. */
    Duration backoff(int failedAttempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
