package retention.app.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import retention.app.RetentionApplication;
import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * The dispatcher against MariaDB, a real SMTP server (GreenMail) and a real HTTP gateway, both on loopback.
 */
@SpringBootTest(classes = { RetentionApplication.class, DispatcherIntegrationTests.Clocks.class })
class DispatcherIntegrationTests {

    static final String SECRET = "test-only-secret-0123456789";
    static final Instant NOON = LocalDateTime.parse("2026-11-23T04:00").toInstant(java.time.ZoneOffset.UTC);
    static final int SMTP_PORT = GatewayServer.freePort();

    static TestDatabase database;
    static GatewayServer gateway = new GatewayServer(SECRET);
    static GreenMail smtp = startSmtp();
    static Path logFile;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        database = TestDatabases.create();
        logFile = Files.createTempDirectory("dispatch").resolve("messages.log");
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.quartz.auto-startup", () -> "false");
        registry.add("retention.rules.dir", () -> Path.of("../rules/rulebook").toAbsolutePath().toString());
        registry.add("retention.dispatch.log-file", logFile::toString);
        for (String channel : new String[] { "sms", "wechat" }) {
            registry.add("retention.dispatch.webhooks." + channel + ".url", gateway::url);
            registry.add("retention.dispatch.webhooks." + channel + ".secret", () -> SECRET);
            registry.add("retention.dispatch.webhooks." + channel + ".read-timeout", () -> "2s");
        }
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(NOON);
        }
    }

    @AfterAll
    static void stop() {
        gateway.close();
        smtp.stop();
        database.drop();
    }

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    DispatchFixture shop;

    @BeforeEach
    void clean() throws Exception {
        shop = new DispatchFixture(jdbc);
        shop.clear();
        gateway.reset();
        clock.set(NOON);
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void sendsOverEachChannelInTheCustomersLanguageAndRecordsEverySend() throws Exception {
        long zhang = shop.customer("张敏", "女士", "zh-CN");
        shop.order(zhang, "beauty", 3);
        long emma = shop.customer("Emma Wilson", "Ms", "en");
        long chan = shop.customer("陳家輝", "先生", "zh-HK");
        long wang = shop.customer("王芳", "女士", "zh-CN");
        long sms = shop.message(zhang, "SMS", "care-content", "10 off your next order", NOON.minusSeconds(3600));
        long email = shop.message(emma, "EMAIL", "winback-discount", "50 off 300, only for you", NOON);
        long phone = shop.message(chan, "PHONE", "callback-task", null, NOON);
        long wechat = shop.message(wang, "WECHAT", "comeback-gift", "free shipping on your return and 200 points", NOON);

        DispatchSummary summary = dispatcher.dispatchDue("test");

        assertThat(summary.sent()).isEqualTo(4);
        assertThat(gateway.received()).hasSize(2).allMatch(GatewayServer.Received::validSignature);
        assertThat(gateway.received()).extracting(GatewayServer.Received::idempotencyKey)
                .containsExactlyInAnyOrder(key(sms), key(wechat));
        assertThat(gateway.received()).extracting(GatewayServer.Received::body).anySatisfy(body -> assertThat(body)
                .contains("\"channel\":\"SMS\"", "\"to\":\"+86138", "张女士您好！", "您喜欢的美妆护肤有不少新品上架", "下单立减10元"))
                .anySatisfy(body -> assertThat(body).contains("王女士您好！", "回归订单免运费，再送200积分"));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("A comeback offer made for you");
        assertThat(mail.getMessageID()).isEqualTo("<" + key(email) + "@retention>");
        assertThat(((String) mail.getContent()).strip()).startsWith("Dear Ms Wilson, it has been a while. We made an "
                + "offer just for you: 50 off 300, only for you.");
        assertThat(jdbc.sql("SELECT CONCAT(phone, ' ', brief) FROM callback_task WHERE outbox_id = ?").param(phone)
                .query(String.class).single()).startsWith("+86138").contains("請致電陳家輝（稱呼：陳先生你好）");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_log WHERE recall = TRUE AND personalized = TRUE "
                + "AND outbox_id IN (?, ?, ?) AND sent_at = ?").params(sms, email, wechat, DispatchFixture.utc(NOON))
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_log WHERE outbox_id = ?").param(phone).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status = 'SENT' AND sent_at = ? AND claimed_by IS NULL")
                .param(DispatchFixture.utc(NOON)).query(Long.class).single()).isEqualTo(4);
        assertThat(attempts(sms)).containsExactly("SENT");
    }

    @Test
    void retriesATransientFailureWithExponentialBackoffUntilItGoes() {
        long customer = shop.customer("张敏", "女士", "zh-CN");
        long id = shop.message(customer, "SMS", "care-content", null, NOON);
        gateway.answer(503, "busy");

        assertThat(dispatcher.dispatchDue("test").retried()).isEqualTo(1);
        assertThat(sendAt(id)).isEqualTo(NOON.plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue("test");
        assertThat(sendAt(id)).isEqualTo(NOON.plus(Duration.ofMinutes(3)));
        assertThat(jdbc.sql("SELECT CONCAT(status, ' ', attempts, ' ', last_error) FROM outbox WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("RETRY 2 HTTP 503: busy");

        gateway.answer(200, "{}");
        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue("test");

        assertThat(shop.status(id)).isEqualTo("SENT | ");
        assertThat(attempts(id)).containsExactly("RETRY", "RETRY", "SENT");
    }

    @Test
    void failsPermanentlyWithTheGatewaysOwnReasonOnA4xx() {
        long id = shop.message(shop.customer("张敏", "女士", "zh-CN"), "SMS", "care-content", null, NOON);
        gateway.answer(422, "{\"error\":\"phone number not in service\"}");

        DispatchSummary summary = dispatcher.dispatchDue("test");

        assertThat(shop.status(id)).isEqualTo("FAILED | HTTP 422: {\"error\":\"phone number not in service\"}");
        assertThat(summary.failed()).isEqualTo(1);
    }

    @Test
    void treatsAGatewayThatDoesNotAnswerInTimeAsTransient() {
        long id = shop.message(shop.customer("张敏", "女士", "zh-CN"), "SMS", "care-content", null, NOON);
        gateway.hold();

        dispatcher.dispatchDue("test");
        gateway.release();

        assertThat(shop.status(id)).isEqualTo("RETRY | SMS gateway did not answer within 2000 ms");
    }

    @Test
    void checksTheContactPolicyAgainJustBeforeSending() {
        long withdrawn = shop.customer("张敏", "女士", "zh-CN");
        long recent = shop.customer("李强", "先生", "zh-CN");
        long blocked = shop.customer("王芳", "女士", "zh-CN");
        long a = shop.message(withdrawn, "SMS", "care-content", null, NOON);
        long b = shop.message(recent, "SMS", "care-content", null, NOON);
        long c = shop.message(blocked, "SMS", "care-content", null, NOON);
        jdbc.sql("UPDATE customer SET consent_sms = FALSE WHERE id = ?").param(withdrawn).update();
        jdbc.sql("INSERT INTO contact_log (customer_id, channel, sent_at, recall) VALUES (?, 'EMAIL', ?, TRUE)")
                .params(recent, DispatchFixture.utc(NOON.minus(Duration.ofHours(2)))).update();
        jdbc.sql("INSERT INTO do_not_contact_list (address, reason, added_at) SELECT REPLACE(phone, ' ', ''), "
                + "'complained to the regulator', ? FROM customer WHERE id = ?").params(DispatchFixture.utc(NOON), blocked)
                .update();

        DispatchSummary summary = dispatcher.dispatchDue("test");

        assertThat(shop.status(a)).isEqualTo("SUPPRESSED | no consent to SMS");
        assertThat(shop.status(b)).isEqualTo("PENDING | cooldown of 24h after the recall of 2026-11-23 10:00 "
                + "Asia/Shanghai; postponed to 2026-11-24 12:00 Asia/Shanghai");
        assertThat(shop.status(c)).isEqualTo("SUPPRESSED | the phone number is on the do-not-contact list: "
                + "complained to the regulator");
        assertThat(summary.reasons()).containsEntry("suppressed", Map.of("no consent to SMS", 1L,
                "the phone number is on the do-not-contact list", 1L));
        assertThat(gateway.received()).isEmpty();
    }

    @Test
    void holdsAMessageDueInTheCustomersQuietHoursUntilTheNextMorning() {
        long id = shop.message(shop.customer("张敏", "女士", "zh-CN"), "SMS", "care-content", null, NOON);
        clock.set(NOON.plus(Duration.ofHours(10).plusMinutes(30)));

        assertThat(dispatcher.dispatchDue("test").postponed()).isEqualTo(1);

        assertThat(shop.status(id)).isEqualTo("PENDING | quiet hours 21:00-09:00 in Asia/Shanghai; postponed");
        assertThat(sendAt(id)).isEqualTo(NOON.plus(Duration.ofHours(24)));
    }

    @Test
    void expiresAMessageWhoseValidityEndedWhileDispatchWasDown() {
        long id = shop.message(shop.customer("张敏", "女士", "zh-CN"), "SMS", "care-content", null, NOON.minus(Duration.ofDays(3)));

        assertThat(dispatcher.dispatchDue("test").expired()).isEqualTo(1);

        assertThat(shop.status(id)).startsWith("EXPIRED | validity ended at 2026-11-22T04:00:00Z before it could be sent");
        assertThat(gateway.received()).isEmpty();
    }

    @Test
    void reclaimsARowWhoseSenderCrashedOnlyOnceItsLeaseHasEnded() {
        long id = shop.message(shop.customer("张敏", "女士", "zh-CN"), "SMS", "care-content", null, NOON);
        jdbc.sql("UPDATE outbox SET status = 'SENDING', claimed_by = 'crashed-instance', lease_until = ?, attempts = 1 "
                + "WHERE id = ?").params(DispatchFixture.utc(NOON.plus(Duration.ofMinutes(2))), id).update();

        dispatcher.dispatchDue("test");
        assertThat(shop.status(id)).startsWith("SENDING");

        clock.advance(Duration.ofMinutes(3));
        dispatcher.dispatchDue("test");

        assertThat(shop.status(id)).isEqualTo("SENT | ");
        assertThat(gateway.deliveries()).containsExactly(Map.entry(key(id), 1));
        assertThat(jdbc.sql("SELECT attempt FROM delivery_attempt WHERE outbox_id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void sendsEveryMessageOnceAfterTheGatewayAndTheMailServerComeBack() throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long customer = shop.customer("张敏" + i, "女士", "zh-CN");
            ids.add(shop.message(customer, i % 4 == 0 ? "EMAIL" : "SMS", "care-content", null, NOON));
        }
        gateway.stop();
        smtp.stop();

        DispatchSummary down = dispatcher.dispatchDue("test");

        assertThat(down.retried()).isEqualTo(20);
        assertThat(shop.status(ids.get(1))).contains("SMS gateway refused the connection");
        assertThat(shop.status(ids.get(0))).startsWith("RETRY | SMTP");

        gateway.start();
        smtp = startSmtp();
        clock.advance(Duration.ofMinutes(1));
        DispatchSummary back = dispatcher.dispatchDue("test");

        assertThat(back.sent()).isEqualTo(20);
        assertThat(gateway.deliveries()).hasSize(15).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
        assertThat(smtp.getReceivedMessages()).hasSize(5);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT outbox_id) FROM contact_log").query(Long.class).single()).isEqualTo(20);
    }

    private List<String> attempts(long id) {
        return jdbc.sql("SELECT outcome FROM delivery_attempt WHERE outbox_id = ? ORDER BY id").param(id)
                .query(String.class).list();
    }

    private Instant sendAt(long id) {
        return jdbc.sql("SELECT send_at FROM outbox WHERE id = ?").param(id).query(LocalDateTime.class).single()
                .toInstant(java.time.ZoneOffset.UTC);
    }

    private String key(long outboxId) {
        return jdbc.sql("SELECT idempotency_key FROM outbox WHERE id = ?").param(outboxId).query(String.class).single();
    }

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }
}
