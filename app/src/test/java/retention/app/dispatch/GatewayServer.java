package retention.app.dispatch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import retention.app.dispatch.webhook.WebhookSignature;

/**
 * A provider's HTTP gateway on loopback, for tests: records every request, answers with the status it is told,
 * can hold requests until released, and can be stopped and started again on the same port. Like a real provider
 * it accepts an idempotency key once: a repeated key is answered 200 without delivering again.
 */
public final class GatewayServer implements AutoCloseable {

    /** A request the gateway received. */
    public record Received(String idempotencyKey, String signature, String body, boolean validSignature) {
    }

    private final int port;
    private final String secret;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
    private volatile int status = 200;
    private volatile String answer = "{\"id\":\"ok\"}";
    private volatile CountDownLatch hold;
    private HttpServer server;

    public GatewayServer(String secret) {
        this.port = freePort();
        this.secret = secret;
        start();
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/send", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String signature = exchange.getRequestHeaders().getFirst("X-Signature");
            received.add(new Received(key, signature, new String(body, StandardCharsets.UTF_8),
                    WebhookSignature.sign(secret, body).equals(signature)));
            CountDownLatch held = hold;
            if (held != null) {
                awaitQuietly(held);
            }
            int code = status;
            if (code >= 200 && code < 300) {
                // A repeated key is acknowledged but not delivered again, as a provider honouring the key does.
                delivered.putIfAbsent(key, new AtomicInteger(1));
            }
            byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
            server = null;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/send";
    }

    public void answer(int status, String body) {
        this.status = status;
        this.answer = body;
    }

    /** Holds every request until the returned latch is counted down. */
    public CountDownLatch hold() {
        hold = new CountDownLatch(1);
        return hold;
    }

    public void release() {
        CountDownLatch held = hold;
        hold = null;
        if (held != null) {
            held.countDown();
        }
    }

    public List<Received> received() {
        return received;
    }

    /** How often each idempotency key arrived, deliveries and repeats alike. */
    public Map<String, Long> requestsByKey() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        received.forEach(r -> counts.merge(r.idempotencyKey(), 1L, Long::sum));
        return counts;
    }

    /** The idempotency keys delivered: each counts once however often it was sent. */
    public Map<String, Integer> deliveries() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        delivered.forEach((key, count) -> counts.put(key, count.get()));
        return counts;
    }

    public void reset() {
        received.clear();
        delivered.clear();
        answer(200, "{\"id\":\"ok\"}");
        release();
    }

    @Override
    public void close() {
        release();
        stop();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
