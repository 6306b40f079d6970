package retention.app.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Posts due batches, signed, and records each attempt: a 2xx answer marks the post SENT; anything else schedules a
 * retry with exponential backoff until the attempts run out and the post is FAILED. Every attempt is logged with
 * the subscription and post ids and the URL's host, never the secret or the payload.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final Posts posts;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(Posts posts, WebhookProperties properties, Clock clock) {
        this.posts = posts;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Attempts every due post once; returns how many were attempted. */
    int sendDue() {
        int attempted = 0;
        for (Posts.Due due : posts.due(LocalDateTime.now(clock), 100)) {
            if (posts.claim(due, LocalDateTime.now(clock).plus(properties.timeout().multipliedBy(2)))) {
                attempt(due);
                attempted++;
            }
        }
        return attempted;
    }

    private void attempt(Posts.Due due) {
        long timestamp = clock.instant().getEpochSecond();
        Integer status = null;
        String error;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(due.url())).timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "retention-webhooks/1")
                    .header("X-Retention-Event", due.eventType())
                    .header("X-Retention-Delivery", String.valueOf(due.id()))
                    .header("X-Retention-Timestamp", String.valueOf(timestamp))
                    .header("X-Retention-Signature", Signature.sign(due.secret(), timestamp, due.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(due.payload())).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 == 2) {
                posts.sent(due.id(), status, LocalDateTime.now(clock));
                log.info("Webhook post {} of subscription {} to {} accepted ({}) at attempt {}", due.id(),
                        due.subscriptionId(), host(due.url()), status, due.attempts() + 1);
                return;
            }
            error = "the receiver answered " + status;
        }
        catch (IOException | IllegalArgumentException ex) {
            error = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return;
        }
        int attempts = due.attempts() + 1;
        boolean giveUp = attempts >= properties.maxAttempts();
        LocalDateTime next = LocalDateTime.now(clock).plus(properties.backoff(attempts));
        posts.failed(due.id(), status, error, next, giveUp);
        log.warn("Webhook post {} of subscription {} to {} failed at attempt {}: {}; {}", due.id(),
                due.subscriptionId(), host(due.url()), attempts, error,
                giveUp ? "giving up" : "next attempt at " + next + " UTC");
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        }
        catch (IllegalArgumentException ex) {
            return "?";
        }
    }
}
