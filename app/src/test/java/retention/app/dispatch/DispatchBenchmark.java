package retention.app.dispatch;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;

import retention.app.RetentionApplication;
import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * Prints dispatch throughput: N due messages (default 100,000) sent through the dispatcher to the LOG channel,
 * then the same messages to an HTTP gateway on loopback. A tool, not a test: run it as described in
 * docs/benchmarks.md, against the server named by RETENTION_TEST_DB_URL (or an embedded MariaDB). Run the JVM with
 * {@code -Dsun.net.httpserver.nodelay=true}: without it the JDK's HTTP server delays small responses (Nagle) and
 * the sink, not the dispatcher, sets the pace.
 */
public final class DispatchBenchmark {

    private DispatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TestDatabase database = TestDatabases.create();
        AtomicLong received = new AtomicLong();
        HttpServer sink = sink(received);
        Path logFile = Files.createTempDirectory("dispatch-benchmark").resolve("messages.log");
        try (HikariDataSource dataSource = database.migratedDataSource()) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long seeded = System.nanoTime();
            seed(jdbc, messages);
            System.out.printf("seeded %,d customers and due messages in %.1f s%n", messages, seconds(seeded));
            System.out.println(jdbc.queryForObject("SELECT CONCAT(VERSION(), ', innodb_buffer_pool_size ', "
                    + "@@innodb_buffer_pool_size DIV 1048576, ' MiB')", String.class));
            try (ConfigurableApplicationContext context = context(database, logFile,
                    "http://127.0.0.1:" + sink.getAddress().getPort() + "/send")) {
                Dispatcher dispatcher = context.getBean(Dispatcher.class);
                run("LOG channel (data/messages.log)", dispatcher, messages);
                reset(jdbc, "SMS");
                run("HTTP gateway on loopback (signed JSON, 8 sender threads)", dispatcher, messages);
                System.out.printf("gateway received %,d requests%n", received.get());
            }
        }
        finally {
            sink.stop(0);
            database.drop();
        }
    }

    private static void run(String what, Dispatcher dispatcher, int messages) {
        long start = System.nanoTime();
        DispatchSummary summary = dispatcher.dispatchDue("benchmark");
        double seconds = seconds(start);
        System.out.printf("%-60s %,d sent in %.1f s: %,.0f messages/s (%s)%n", what, summary.sent(), seconds,
                summary.sent() / seconds, summary);
        if (summary.sent() != messages) {
            throw new IllegalStateException("expected " + messages + " sent: " + summary + " " + summary.reasons());
        }
    }

    private static void seed(JdbcTemplate jdbc, int messages) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        List<Object[]> customers = new ArrayList<>();
        List<Object[]> outbox = new ArrayList<>();
        for (int id = 1; id <= messages; id++) {
            customers.add(new Object[] { id, "张敏" + id, id % 2 == 0 ? "女士" : "先生", "+86138" + String.format("%08d", id),
                    id % 10 == 0 ? "zh-HK" : id % 7 == 0 ? "en" : "zh-CN", now.minusYears(1) });
            outbox.add(new Object[] { id, now.toLocalDate(), id, "LOG", "comeback-gift", "zh-CN", now.minusMinutes(5),
                    now.plusDays(2), "bench-" + id });
            if (customers.size() == 5_000 || id == messages) {
                jdbc.batchUpdate("INSERT INTO customer (id, name, title, phone, language, time_zone, consent_sms, "
                        + "registered_at) VALUES (?, ?, ?, ?, ?, 'Asia/Shanghai', TRUE, ?)", customers);
                jdbc.batchUpdate("INSERT INTO outbox (action_id, run_date, customer_id, channel, template, language, "
                        + "status, send_at, expires_at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)",
                        outbox);
                customers.clear();
                outbox.clear();
            }
        }
        jdbc.update("UPDATE outbox SET language = (SELECT c.language FROM customer c WHERE c.id = outbox.customer_id)");
    }

    private static void reset(JdbcTemplate jdbc, String channel) {
        jdbc.update("DELETE FROM contact_log");
        jdbc.update("DELETE FROM delivery_attempt");
        jdbc.update("UPDATE outbox SET status = 'PENDING', channel = ?, attempts = 0, sent_at = NULL, "
                + "send_at = ?, claimed_by = NULL, lease_until = NULL, status_reason = NULL", channel,
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5));
    }

    private static ConfigurableApplicationContext context(TestDatabase database, Path logFile, String gateway) {
        return new SpringApplicationBuilder(RetentionApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .initializers(context -> context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
                        "benchmark", Map.of("spring.datasource.url", database.url(),
                        "spring.datasource.username", database.username(),
                        "spring.datasource.password", database.password(),
                        "spring.quartz.auto-startup", "false",
                        "retention.rules.dir", Path.of("../rules/rulebook").toAbsolutePath().toString(),
                        "retention.dispatch.log-file", logFile.toString(),
                        "retention.dispatch.webhooks.sms.url", gateway,
                        "retention.dispatch.webhooks.sms.secret", "benchmark-secret-0123456789",
                        "retention.send-time.quiet-hours", "00:00-00:00",
                        "logging.level.root", "WARN"))))
                .run();
    }

    private static HttpServer sink(AtomicLong received) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(Executors.newFixedThreadPool(8));
        byte[] reply = "{\"id\":\"ok\"}".getBytes();
        server.createContext("/send", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
        return server;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
