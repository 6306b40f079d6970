package retention.app.webhook;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Moves new events into posts and sends what is due, every poll interval. A batch and its subscription's cursor
 * are written in one transaction, so each event goes into exactly one post even across crashes; a receiver sees an
 * event again only when a post is retried, and can tell by {@code X-Retention-Delivery}.
 */
@Component
public class WebhookPump {

    private final Subscriptions subscriptions;
    private final WebhookEvents events;
    private final Posts posts;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    WebhookPump(Subscriptions subscriptions, WebhookEvents events, Posts posts, WebhookSender sender,
            WebhookProperties properties, TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.subscriptions = subscriptions;
        this.events = events;
        this.posts = posts;
        this.sender = sender;
        this.properties = properties;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${retention.webhooks.poll-interval:10s}",
            initialDelayString = "${retention.webhooks.poll-interval:10s}")
    void scheduled() {
        if (properties.enabled()) {
            runOnce();
        }
    }

    /** Collects new events for every active subscription, then attempts every due post. */
    public synchronized void runOnce() {
        for (Subscription subscription : subscriptions.active()) {
            for (EventType type : subscription.events()) {
                collect(subscription, type);
            }
        }
        sender.sendDue();
    }

    private void collect(Subscription subscription, EventType type) {
        try {
            collectBatches(subscription, type);
        }
        catch (DuplicateKeyException ex) {
            // Another instance made this batch first; its cursor moved with it, nothing is lost or doubled.
        }
    }

    private void collectBatches(Subscription subscription, EventType type) {
        boolean full = true;
        while (full) {
            full = Boolean.TRUE.equals(transactions.execute(status -> {
                long cursor = subscriptions.cursor(subscription.id(), type);
                List<Map<String, Object>> batch = type == EventType.ACTION
                        ? events.actionsAfter(cursor, properties.batchSize())
                        : events.deliveriesAfter(cursor, properties.batchSize());
                if (batch.isEmpty()) {
                    return false;
                }
                long first = (Long) batch.get(0).get("id");
                long last = (Long) batch.get(batch.size() - 1).get("id");
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("type", type.wireName());
                payload.put("subscriptionId", subscription.id());
                payload.put("events", batch);
                posts.enqueue(subscription.id(), type, first, last, batch.size(), json.writeValueAsString(payload),
                        LocalDateTime.now(clock));
                subscriptions.advance(subscription.id(), type, last);
                return batch.size() == properties.batchSize();
            }));
        }
    }
}
