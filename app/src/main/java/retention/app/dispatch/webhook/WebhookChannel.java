package retention.app.dispatch.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import retention.app.dispatch.channel.Delivery;
import retention.app.dispatch.channel.MessageChannel;
import retention.app.dispatch.channel.OutgoingMessage;
import retention.rules.facts.Channel;

/**
 * Posts each message to the provider's gateway as signed JSON. 2xx is sent; 4xx is permanent, with the gateway's
 * answer as the reason (except 408 and 429, which ask to come back later); 5xx, timeouts and refused connections
 * are transient.
 */
public final class WebhookChannel implements MessageChannel {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final Channel channel;
    private final URI url;
    private final String secret;
    private final Duration readTimeout;
    private final HttpClient client;

    public WebhookChannel(Channel channel, URI url, String secret, Duration connectTimeout, Duration readTimeout) {
        this.channel = channel;
        this.url = url;
        this.secret = secret;
        this.readTimeout = readTimeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public Delivery send(OutgoingMessage m) {
        byte[] body = body(m).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(readTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(IDEMPOTENCY_HEADER, m.idempotencyKey())
                .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return classify(response.statusCode(), response.body());
        }
        catch (HttpTimeoutException ex) {
            return Delivery.transientFailure(channel + " gateway did not answer within " + readTimeout.toMillis() + " ms");
        }
        catch (ConnectException ex) {
            return Delivery.transientFailure(channel + " gateway refused the connection (" + url.getHost() + ":"
                    + url.getPort() + ")");
        }
        catch (IOException ex) {
            return Delivery.transientFailure(channel + " gateway: " + ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Delivery.transientFailure("interrupted while sending");
        }
    }

    static Delivery classify(int status, String body) {
        String answer = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body.strip());
        answer = answer.length() > 450 ? answer.substring(0, 449) + "…" : answer;
        if (status >= 200 && status < 300) {
            return Delivery.sent(answer);
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return Delivery.permanentFailure(answer);
        }
        return Delivery.transientFailure(answer);
    }

    private String body(OutgoingMessage m) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("idempotencyKey", m.idempotencyKey());
        fields.put("channel", m.channel().name());
        fields.put("to", m.address());
        fields.put("language", m.language());
        fields.put("template", m.template());
        fields.put("subject", m.content().subject());
        fields.put("body", m.content().body());
        fields.put("customerId", m.customerId());
        fields.put("messageId", m.outboxId());
        return JsonBody.of(fields);
    }
}
