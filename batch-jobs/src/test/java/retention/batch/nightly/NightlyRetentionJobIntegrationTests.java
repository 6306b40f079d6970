package retention.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

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
class NightlyRetentionJobIntegrationTests {

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
    NightlyRun nightlyRun;

    @Autowired
    JdbcClient jdbc;

    static NightlyRunResult firstRun;

    @BeforeAll
    static void shopAndRun(@Autowired JdbcClient jdbc, @Autowired NightlyRun nightlyRun) {
        ShopFixture shop = new ShopFixture(jdbc, RUN_DATE);
        shop.create();
        // On the run date itself: invisible to the run, so the potential customer stays potential.
        shop.orderAt(ShopFixture.POTENTIAL, RUN_DATE.atTime(8, 0), 500);
        firstRun = nightlyRun.run(RUN_DATE);
    }

    @Test
    void completesAndEvaluatesEveryCustomer() {
        assertThat(firstRun.outcome()).isEqualTo(RunOutcome.COMPLETED);
        assertThat(firstRun.customersEvaluated()).isEqualTo(6);
        assertThat(firstRun.ruleBookVersion()).startsWith("v1 (");
    }

    @Test
    void computesEachCustomersStageFromDataBeforeTheRunDate() {
        Map<Long, String> stages = jdbc.sql("SELECT customer_id, stage FROM customer_feature WHERE run_date = ?")
                .param(RUN_DATE).query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(stages).containsExactlyInAnyOrderEntriesOf(Map.of(ShopFixture.POTENTIAL, "POTENTIAL",
                ShopFixture.NEW, "NEW", ShopFixture.ACTIVE, "ACTIVE", ShopFixture.LOYAL, "LOYAL",
                ShopFixture.AT_RISK, "AT_RISK", ShopFixture.CHURNED, "CHURNED"));
    }

    @Test
    void recordsTheActionOfEachStageWithItsRuleAndFacts() {
        Map<Long, String> actions = jdbc.sql("SELECT customer_id, action_code FROM retention_action WHERE run_date = ? "
                + "AND status = 'PLANNED'").param(RUN_DATE)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(actions).containsExactlyInAnyOrderEntriesOf(Map.of(ShopFixture.POTENTIAL, "FIRST_ORDER_COUPON",
                ShopFixture.NEW, "WELCOME_NEXT_COUPON", ShopFixture.ACTIVE, "PERSONAL_RECOMMENDATION",
                ShopFixture.LOYAL, "EVENT_INVITATION", ShopFixture.AT_RISK, "CARE_CONTENT",
                ShopFixture.CHURNED, "COMEBACK_GIFT"));
        assertThat(jdbc.sql("SELECT rule_name, explanation, rule_book_version_id FROM retention_action "
                + "WHERE customer_id = ?").param(ShopFixture.CHURNED)
                .query((rs, row) -> rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getLong(3)).single())
                .isEqualTo("Churned within six months: comeback gift | daysSinceLastContact = 400; "
                        + "recencyDays = 120; stage = CHURNED | 1");
    }

    @Test
    void plansEachMessageAtTheCustomersBestHourOrAtTenInTheirZone() {
        Map<Long, java.time.LocalDateTime> sendTimes = jdbc.sql("SELECT customer_id, send_at FROM outbox "
                + "WHERE run_date = ? AND status = 'PENDING'").param(RUN_DATE)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getObject(2, java.time.LocalDateTime.class))).list()
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        // The fixture's orders are placed at 17:00 Shanghai: customers with three or more get their messages then.
        assertThat(sendTimes).containsExactlyInAnyOrderEntriesOf(Map.of(ShopFixture.POTENTIAL, RUN_DATE.atTime(2, 0),
                ShopFixture.NEW, RUN_DATE.atTime(2, 0), ShopFixture.ACTIVE, RUN_DATE.atTime(9, 0),
                ShopFixture.LOYAL, RUN_DATE.atTime(9, 0), ShopFixture.AT_RISK, RUN_DATE.atTime(9, 0),
                ShopFixture.CHURNED, RUN_DATE.atTime(9, 0)));
    }

    @Test
    void aSecondRunOfTheSameDateAddsNothing() {
        long actions = jdbc.sql("SELECT COUNT(*) FROM retention_action").query(Long.class).single();

        NightlyRunResult again = nightlyRun.run(RUN_DATE);

        assertThat(again.outcome()).isEqualTo(RunOutcome.ALREADY_COMPLETED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_action").query(Long.class).single()).isEqualTo(actions);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isEqualTo(6);
    }
}
