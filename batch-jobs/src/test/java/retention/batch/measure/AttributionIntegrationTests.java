package retention.batch.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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

@SpringBootTest(classes = BatchTestApplication.class)
class AttributionIntegrationTests {

    static final LocalDate NIGHT = LocalDate.of(2026, 10, 1);
    static final LocalDate AS_OF = NIGHT.plusDays(20);
    static final LocalDate TOO_LATE = NIGHT.plusDays(14 + 7 + 1);
    static TestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabaseProperties.register(registry);
        registry.add("retention.attribution.minimum-treated", () -> "3");
        registry.add("retention.attribution.minimum-control", () -> "2");
    }

    @AfterAll
    static void drop() {
        database.drop();
    }

    @Autowired
    AttributionRun attributionRun;

    @Autowired
    UpliftReport uplift;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void actionsAndOrders(@Autowired JdbcClient jdbc, @Autowired AttributionRun attributionRun) {
        // Customer 1: treated, orders on day 3 (90) and day 5 (500): the first one counts.
        action(jdbc, 1, "PLANNED", "MESSAGE");
        order(jdbc, 1, NIGHT.atTime(0, 0).plusDays(3), "PAID", 100, 10);
        order(jdbc, 1, NIGHT.atTime(0, 0).plusDays(5), "PAID", 500, 0);
        // Customer 2: treated, an order the day before the night (before the rule chose them) and one cancelled.
        action(jdbc, 2, "PLANNED", "MESSAGE");
        order(jdbc, 2, NIGHT.atTime(23, 0).minusDays(1), "PAID", 70, 0);
        order(jdbc, 2, NIGHT.atTime(12, 0), "CANCELLED", 70, 0);
        // Customer 3: treated, last second of the 14-day window.
        action(jdbc, 3, "PLANNED", "MESSAGE");
        order(jdbc, 3, NIGHT.atTime(0, 0).plusDays(14).minusSeconds(1), "PAID", 60, 0);
        // Customer 4: held out, orders exactly when the window closes: too late.
        action(jdbc, 4, "HELD_OUT", "MESSAGE");
        order(jdbc, 4, NIGHT.atTime(0, 0).plusDays(14), "PAID", 80, 0);
        // Customer 5: held out, orders the same night.
        action(jdbc, 5, "HELD_OUT", "MESSAGE");
        order(jdbc, 5, NIGHT.atTime(1, 0), "PAID", 40, 0);
        // Customer 6: outranked (no arm) and customer 7: a suppression (nothing to measure).
        action(jdbc, 6, "OUTRANKED", "MESSAGE");
        action(jdbc, 7, "PLANNED", "SUPPRESS");
        attributionRun.run(AS_OF);
    }

    @Test
    void creditsEachActionWithTheFirstPaidOrderInsideItsWindow() {
        List<String> outcomes = jdbc.sql("SELECT customer_id, arm, revenue, days_to_convert, window_closed "
                + "FROM action_outcome ORDER BY customer_id")
                .query((rs, row) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getBigDecimal(3) + " "
                        + rs.getObject(4) + " " + rs.getBoolean(5))
                .list();

        assertThat(outcomes).containsExactly("1 TREATED 90.00 3 true", "2 TREATED 0.00 null true",
                "3 TREATED 60.00 13 true", "4 CONTROL 0.00 null true", "5 CONTROL 40.00 0 true");
    }

    @Test
    void attributingTheSameDateAgainChangesNothing() {
        String before = snapshot();

        attributionRun.run(AS_OF);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void leavesAWindowOpenUntilItsLastDayIsCounted() {
        attributionRun.run(NIGHT.plusDays(2));
        try {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM action_outcome WHERE window_closed = FALSE")
                    .query(Long.class).single()).isEqualTo(5);
            assertThat(jdbc.sql("SELECT order_id FROM action_outcome WHERE customer_id = 1").query(Long.class)
                    .optional()).isEmpty();
        }
        finally {
            attributionRun.run(AS_OF);
        }
    }

    @Test
    void leavesANightAloneOnceItIsOlderThanTheWindowAndTheCatchUpWeek() {
        String before = snapshot();
        jdbc.sql("INSERT INTO orders (customer_id, placed_at, status, amount) VALUES (2, ?, 'PAID', 1)")
                .param(NIGHT.atTime(6, 0)).update();
        try {
            attributionRun.run(TOO_LATE);

            assertThat(snapshot()).isEqualTo(before);
        }
        finally {
            jdbc.sql("DELETE FROM orders WHERE customer_id = 2 AND amount = 1").update();
        }
    }

    @Test
    void comparesTreatedWithControlPerRuleWithTheOfferCost() {
        Uplift rule = uplift.byRule(NIGHT, NIGHT).get(0);

        assertThat(rule.name()).isEqualTo("a rule");
        assertThat(rule.treated()).isEqualTo(3);
        assertThat(rule.treatedConverted()).isEqualTo(2);
        assertThat(rule.control()).isEqualTo(2);
        assertThat(rule.controlConverted()).isEqualTo(1);
        assertThat(rule.difference().estimate()).isCloseTo(2.0 / 3 - 0.5, org.assertj.core.api.Assertions.within(1e-9));
        // (150 / 3 - 40 / 2) × 3 = 90 of incremental revenue, minus 3 × 15.00 of COMEBACK_GIFT.
        assertThat(rule.incrementalRevenue()).isEqualByComparingTo("90.00");
        assertThat(rule.offerCost()).isEqualByComparingTo("45.00");
        assertThat(rule.netRevenue()).isEqualByComparingTo("45.00");
        assertThat(rule.verdict()).isEqualTo(Uplift.Verdict.NO_EVIDENCE);
        assertThat(rule.summary()).startsWith("no evidence this rule works: 3 treated, 2 control, uplift +16.7 pt [");
    }

    private String snapshot() {
        return String.join("\n", jdbc.sql("SELECT * FROM action_outcome ORDER BY action_id")
                .query((rs, row) -> {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        line.append(rs.getObject(i)).append('|');
                    }
                    return line.toString();
                }).list());
    }

    private static void action(JdbcClient jdbc, long customer, String status, String kind) {
        jdbc.sql("INSERT INTO retention_action (run_date, customer_id, action_code, kind, status, channel, rule_name, "
                + "rule_book_version_id, priority, explanation, created_at) VALUES (?, ?, ?, ?, ?, 'SMS', 'a rule', 1, "
                + "10, '', ?)")
                .params(NIGHT, customer, kind.equals("SUPPRESS") ? "STOP_CONTACT" : "COMEBACK_GIFT", kind, status,
                        NIGHT.atStartOfDay())
                .update();
    }

    private static void order(JdbcClient jdbc, long customer, LocalDateTime at, String status, int amount, int refund) {
        jdbc.sql("INSERT INTO orders (customer_id, placed_at, status, amount, refund_amount) VALUES (?, ?, ?, ?, ?)")
                .params(customer, at, status, BigDecimal.valueOf(amount), BigDecimal.valueOf(refund)).update();
    }
}
