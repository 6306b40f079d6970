package retention.app.webhook;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import retention.app.api.BadRequest;
import retention.app.api.NotFound;
import retention.app.api.Requests;
import retention.app.security.ApiKey;

/**
 * Webhook subscriptions and their log of posts, for operators.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "webhooks")
class WebhookController {

    private final Subscriptions subscriptions;
    private final Posts posts;

    WebhookController(Subscriptions subscriptions, Posts posts) {
        this.subscriptions = subscriptions;
        this.posts = posts;
    }

    @GetMapping
    @Operation(operationId = "listWebhooks",
            summary = "Every subscription, without secrets")
    List<Subscription> list() {
        return subscriptions.list();
    }

    @PostMapping
    @Operation(operationId = "createWebhook",
            summary = "Subscribe a URL to action and/or delivery events; the answer holds the signing secret, "
            + "shown this once")
    ResponseEntity<NewSubscription> create(@RequestBody SubscriptionRequest request,
            @AuthenticationPrincipal ApiKey caller) {
        String url = checkUrl(request.url());
        if (request.events() == null || request.events().isEmpty() || request.events().size() > 2) {
            throw new BadRequest("events", "one or both of: action, delivery");
        }
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        for (String event : request.events()) {
            try {
                events.add(EventType.of(event));
            }
            catch (IllegalArgumentException ex) {
                throw new BadRequest("events", ex.getMessage());
            }
        }
        Subscriptions.Created created = subscriptions.create(url, events, "key " + caller.id());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.subscription().id()))
                .body(new NewSubscription(created.subscription(), created.secret()));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteWebhook",
            summary = "Stop a subscription; its log stays")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!subscriptions.deactivate(id)) {
            throw new NotFound("no webhook subscription " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/posts")
    @Operation(operationId = "listWebhookPosts",
            summary = "A subscription's posts with their attempts, newest first")
    List<Post> posts(HttpServletRequest request, @PathVariable long id,
            @RequestParam(required = false) Integer limit) {
        Requests.onlyParameters(request, "limit");
        if (limit != null && (limit < 1 || limit > 500)) {
            throw new BadRequest("limit", "must be between 1 and 500, was " + limit);
        }
        subscriptions.find(id).orElseThrow(() -> new NotFound("no webhook subscription " + id));
        return posts.list(id, limit == null ? 50 : limit);
    }

    static String checkUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 500) {
            throw new BadRequest("url", "required, an http or https URL of at most 500 characters");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                throw new BadRequest("url", "must be an http or https URL with a host, no user info and no fragment");
            }
            return uri.toString();
        }
        catch (java.net.URISyntaxException ex) {
            throw new BadRequest("url", "not a URL: " + ex.getReason());
        }
    }

    /**
     * A subscription request.
     *
     * @param url where to post events
     * @param events which: action, delivery
     */
    record SubscriptionRequest(String url, List<String> events) {
    }

    /**
     * A subscription just created.
     *
     * @param subscription the subscription
     * @param secret the HMAC-SHA256 signing secret; it cannot be shown again
     */
    record NewSubscription(Subscription subscription, String secret) {
    }
}
