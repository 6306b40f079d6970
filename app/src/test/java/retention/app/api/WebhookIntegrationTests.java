package retention.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.sun.net.httpserver.HttpServer;

import retention.app.security.Role;
import retention.app.webhook.WebhookPump;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks to a real HTTP server on loopback: events are posted signed, a failing receiver gets the post again with
 * backoff, and every attempt is in the subscription's log.
 */
class WebhookIntegrationTests extends ApiIntegrationTest {

    @Autowired
    private WebhookPump webhooks;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    record Received(String body, String timestamp, String signature, String event) {
    }

    @BeforeEach
    void receiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-Retention-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Retention-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Retention-Event")));
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void postsNewActionsSignedAndRetriesAFailingReceiverWithBackoff() throws Exception {
        JsonNode created = as(Role.OPERATOR).postJson("/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/hook\",\"events\":[\"action\"]}").json();
        long subscription = created.get("subscription").get("id").asLong();
        String secret = created.get("secret").asString();
        jdbc.sql("INSERT INTO retention_action (run_date, customer_id, action_code, kind, status, channel, rule_name, "
                + "rule_book_version_id, priority, explanation, created_at) VALUES ('2023-01-05', 777001, 'WELCOME', "
                + "'MESSAGE', 'PLANNED', 'EMAIL', 'New customer: welcome', 1, 10, 'stage = NEW', '2023-01-05 02:00:00')")
                .update();
        failuresLeft.set(1);

        webhooks.runOnce();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            webhooks.runOnce();
            return received.size() >= 2;
        });

        Received last = received.get(received.size() - 1);
        assertThat(last.event()).isEqualTo("action");
        assertThat(last.body()).contains("\"customerId\":777001").contains("New customer: welcome")
                .doesNotContain("@").doesNotContain("phone");
        assertThat(last.signature()).isEqualTo("v1=" + hmac(secret, last.timestamp() + "." + last.body()));
        JsonNode log = as(Role.OPERATOR).get("/api/v1/webhooks/" + subscription + "/posts").json();
        assertThat(log.get(0).get("status").asString()).isEqualTo("SENT");
        assertThat(log.get(0).get("attempts").asInt()).isEqualTo(2);
        assertThat(log.get(0).get("eventCount").asInt()).isEqualTo(1);
    }

    @Test
    void givesUpAfterTheLastAttemptAndSaysWhy() {
        JsonNode created = as(Role.ADMIN).postJson("/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/hook\",\"events\":[\"action\"]}").json();
        long subscription = created.get("subscription").get("id").asLong();
        failuresLeft.set(1000);
        jdbc.sql("INSERT INTO retention_action (run_date, customer_id, action_code, kind, status, channel, rule_name, "
                + "rule_book_version_id, priority, explanation, created_at) VALUES ('2023-01-06', 777002, 'WELCOME', "
                + "'MESSAGE', 'PLANNED', 'EMAIL', 'New customer: welcome', 1, 10, 'stage = NEW', '2023-01-06 02:00:00')")
                .update();

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            webhooks.runOnce();
            JsonNode log = as(Role.OPERATOR).get("/api/v1/webhooks/" + subscription + "/posts").json();
            return !log.isEmpty() && log.get(0).get("status").asString().equals("FAILED");
        });

        JsonNode post = as(Role.OPERATOR).get("/api/v1/webhooks/" + subscription + "/posts").json().get(0);
        assertThat(post.get("attempts").asInt()).isEqualTo(3);
        assertThat(post.get("lastStatus").asInt()).isEqualTo(503);
        assertThat(post.get("lastError").asString()).contains("503");
        assertThat(as(Role.OPERATOR).delete("/api/v1/webhooks/" + subscription).status()).isEqualTo(204);
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
