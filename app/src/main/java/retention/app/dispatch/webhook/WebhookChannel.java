package retention.app.dispatch.webhook;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    private final Duration deadline;
    private final HttpClient client;

    public WebhookChannel(Channel channel, URI url, String secret, Duration connectTimeout, Duration readTimeout) {
        this.channel = channel;
        this.url = url;
        this.secret = secret;
        this.readTimeout = readTimeout;
        this.deadline = connectTimeout.plus(readTimeout).plusMillis(100);
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
        // sendAsync with a deadline of our own: the client's request timeout alone has been seen not to fire
        // when a pooled connection is dropped under load (JDK 17 client against the JDK server), leaving a
        // sender blocked for good.
        CompletableFuture<HttpResponse<String>> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> answer = response.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return classify(answer.statusCode(), answer.body());
        }
        catch (TimeoutException ex) {
            response.cancel(true);
            return noAnswer();
        }
        catch (ExecutionException ex) {
            return failure(ex.getCause());
        }
        catch (InterruptedException ex) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            return Delivery.transientFailure("interrupted while sending");
        }
    }

    private Delivery failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return noAnswer();
            }
            if (t instanceof ConnectException) {
                return Delivery.transientFailure(channel + " gateway refused the connection (" + url.getHost() + ":"
                        + url.getPort() + ")");
            }
        }
        return Delivery.transientFailure(channel + " gateway: " + cause);
    }

    private Delivery noAnswer() {
        return Delivery.transientFailure(channel + " gateway did not answer within " + readTimeout.toMillis() + " ms");
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
