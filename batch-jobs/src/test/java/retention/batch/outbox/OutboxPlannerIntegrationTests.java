package retention.batch.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import retention.batch.BatchTestApplication;
import retention.batch.TestDatabaseProperties;
import retention.db.test.TestDatabase;

/**
 * Planning against MariaDB: the contact policy applied to real rows, each outcome kept on the outbox row with its
 * reason.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class OutboxPlannerIntegrationTests {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    static TestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabaseProperties.register(registry);
    }

    @AfterAll
    static void drop() {
        database.drop();
    }

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void plan(@Autowired JdbcClient jdbc, @Autowired OutboxPlanner planner) {
        customer(jdbc, 1, "+8613800000001", false);
        customer(jdbc, 2, "+8613800000002", true);
        customer(jdbc, 3, "+86 138 0000 0003", false);
        customer(jdbc, 4, "+8613800000004", false);
        customer(jdbc, 5, "+8613800000005", false);
        jdbc.sql("INSERT INTO do_not_contact_list (address, reason, added_at) VALUES ('+8613800000003', "
                + "'unsubscribed by SMS reply', ?)").param(RUN_DATE.atStartOfDay()).update();
        // Customer 4 got recalls one and three days ago at 12:00 Shanghai: the weekly cap of 2 holds until after
        // the message's validity. Customer 5 got one four days ago: nothing stands in the way.
        contact(jdbc, 4, RUN_DATE.minusDays(1).atTime(4, 0));
        contact(jdbc, 4, RUN_DATE.minusDays(3).atTime(4, 0));
        contact(jdbc, 5, RUN_DATE.minusDays(4).atTime(2, 0));
        action(jdbc, 11, 1, "WINBACK_DISCOUNT", "MESSAGE", "SMS", "winback-discount", 60);
        action(jdbc, 12, 1, "CARE_CONTENT", "MESSAGE", "PUSH", null, 30);
        action(jdbc, 13, 1, "CALLBACK_TASK", "TASK", "PHONE", null, 70);
        action(jdbc, 21, 2, "COMEBACK_GIFT", "MESSAGE", "SMS", "comeback-gift", 50);
        action(jdbc, 31, 3, "COMEBACK_GIFT", "MESSAGE", "SMS", "comeback-gift", 50);
        action(jdbc, 41, 4, "COMEBACK_GIFT", "MESSAGE", "SMS", "comeback-gift", 50);
        action(jdbc, 51, 5, "COMEBACK_GIFT", "MESSAGE", "SMS", "comeback-gift", 50);
        planner.plan(RUN_DATE);
    }

    @Test
    void plansTheHigherPriorityMessageFirstAndLetsTheOtherWait() {
        assertThat(row(11)).isEqualTo("PENDING 2026-11-23T02:00 winback-discount null");
        assertThat(row(12)).isEqualTo("PENDING 2026-11-24T02:00 care-content cooldown of 24h after the recall of "
                + "2026-11-23 10:00 Asia/Shanghai; postponed to 2026-11-24 10:00 Asia/Shanghai");
    }

    @Test
    void plansAPhoneTaskAsACallbackWhateverTheCaps() {
        assertThat(row(13)).isEqualTo("PENDING 2026-11-23T02:00 callback-task null");
    }

    @Test
    void keepsSuppressedMessagesWithTheirReason() {
        assertThat(row(21)).isEqualTo("SUPPRESSED 2026-11-23T02:00 comeback-gift customer asked not to be contacted "
                + "(do-not-contact)");
        assertThat(row(31)).isEqualTo("SUPPRESSED 2026-11-23T02:00 comeback-gift the phone number is on the "
                + "do-not-contact list: unsubscribed by SMS reply");
    }

    @Test
    void expiresAMessageThatFindsNoFreeSlotWithinItsValidity() {
        assertThat(row(41)).isEqualTo("EXPIRED 2026-11-23T02:00 comeback-gift cooldown of 24h after the recall of "
                + "2026-11-22 12:00 Asia/Shanghai; weekly cap of 2 message(s) in 7 days reached; no free slot before "
                + "it expires at 2026-11-25 10:00 Asia/Shanghai");
    }

    @Test
    void sendsOnTimeWhenTheLastRecallIsOutsideTheCooldownAndTheCaps() {
        assertThat(row(51)).isEqualTo("PENDING 2026-11-23T02:00 comeback-gift null");
    }

    @Test
    void plansNothingTwice(@Autowired OutboxPlanner planner) {
        assertThat(planner.plan(RUN_DATE)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isEqualTo(7);
    }

    private String row(long actionId) {
        return jdbc.sql("SELECT status, send_at, template, status_reason FROM outbox WHERE action_id = ?")
                .param(actionId).query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, LocalDateTime.class) + " "
                        + rs.getString(3) + " " + rs.getString(4)).single();
    }

    private static void customer(JdbcClient jdbc, long id, String phone, boolean doNotContact) {
        jdbc.sql("INSERT INTO customer (id, name, title, phone, push_token, language, time_zone, consent_sms, "
                + "consent_push, do_not_contact, registered_at) VALUES (?, '张敏', '女士', ?, 'token', 'zh-CN', "
                + "'Asia/Shanghai', TRUE, TRUE, ?, ?)").params(id, phone, doNotContact, RUN_DATE.minusDays(400).atStartOfDay())
                .update();
    }

    private static void contact(JdbcClient jdbc, long customer, LocalDateTime sentAt) {
        jdbc.sql("INSERT INTO contact_log (customer_id, channel, sent_at, template, recall) VALUES (?, 'SMS', ?, "
                + "'weekly-deals', TRUE)").params(customer, sentAt).update();
    }

    private static void action(JdbcClient jdbc, long id, long customer, String code, String kind, String channel,
            String template, int priority) {
        jdbc.sql("INSERT INTO retention_action (id, run_date, customer_id, action_code, kind, status, channel, rule_name, "
                + "rule_book_version_id, priority, template, explanation, created_at) VALUES (?, ?, ?, ?, ?, 'PLANNED', "
                + "?, 'a rule', 1, ?, ?, 'facts', ?)")
                .params(id, RUN_DATE, customer, code, kind, channel, priority, template, RUN_DATE.atStartOfDay()).update();
    }
}
