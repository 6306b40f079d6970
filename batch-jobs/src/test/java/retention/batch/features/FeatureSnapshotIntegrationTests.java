package retention.batch.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

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
import retention.db.generate.GeneratorSettings;
import retention.db.generate.ShopGenerator;
import retention.db.test.TestDatabase;
import retention.rules.facts.RfmSegment;

/**
 * The facts of a generated shop against its planted truth, and the evidence of hand-made customers, on MariaDB.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class FeatureSnapshotIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final long PRICE_SENSITIVE = 900_001;
    static final long COMPLAINED = 900_002;
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

    @Autowired
    DetectionScore score;

    @Autowired
    FeatureSnapshot snapshot;

    @BeforeAll
    static void shop(@Autowired DataSource dataSource, @Autowired JdbcClient jdbc, @Autowired FeatureSnapshot snapshot) {
        new ShopGenerator(dataSource).generate(new GeneratorSettings(2000, 11, AS_OF, 0.01, false), message -> { });
        LocalDateTime t0 = AS_OF.atStartOfDay();
        customer(jdbc, PRICE_SENSITIVE, t0.minusDays(700));
        for (int i = 0; i < 9; i++) {
            jdbc.sql("INSERT INTO orders (customer_id, placed_at, status, amount, discount, coupon_code, category) "
                    + "VALUES (?, ?, 'PAID', 120, ?, ?, 'snacks')")
                    .params(PRICE_SENSITIVE, t0.minusDays(340 - i * 25L), i < 7 ? 30 : 0, i < 7 ? "SALE30" : null)
                    .update();
        }
        customer(jdbc, COMPLAINED, t0.minusDays(700));
        jdbc.sql("INSERT INTO orders (customer_id, placed_at, status, amount, category) VALUES (?, ?, 'PAID', 300, 'home')")
                .params(COMPLAINED, t0.minusDays(200)).update();
        jdbc.sql("INSERT INTO orders (customer_id, placed_at, status, amount, category) VALUES (?, ?, 'PAID', 300, 'home')")
                .params(COMPLAINED, t0.minusDays(150)).update();
        jdbc.sql("INSERT INTO interaction (customer_id, kind, reason_tag, opened_at) VALUES (?, 'COMPLAINT', 'delivery', ?)")
                .params(COMPLAINED, t0.minusHours(52)).update();
        snapshot.compute(AS_OF);
    }

    static void customer(JdbcClient jdbc, long id, LocalDateTime registered) {
        jdbc.sql("INSERT INTO customer (id, name, title, language, time_zone, registered_at) "
                + "VALUES (?, '赵敏', '女士', 'zh-CN', 'Asia/Shanghai', ?)").params(id, registered).update();
    }

    @Test
    void dropsTheRunDatesAggregateTablesWhenTheFactsAreWritten() {
        long left = jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name LIKE 'stats\\_%'").query(Long.class).single();

        assertThat(left).isZero();
    }

    @Test
    void detectsPlantedStagesAndCausesOfAGeneratedShop() {
        assertThat(DetectionScore.macroF1(score.stageScores(AS_OF))).isGreaterThanOrEqualTo(0.90);
        assertThat(DetectionScore.macroF1(score.causeScores(AS_OF))).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void explainsAPriceSensitiveCustomerWithTheCouponCount() {
        assertThat(evidence(PRICE_SENSITIVE, "PRICE_SENSITIVE")).isEqualTo("7 of 9 orders in the last year used a coupon");
    }

    @Test
    void explainsServiceDissatisfactionWithTheComplaintAndHowLongItIsOpen() {
        long complaint = jdbc.sql("SELECT id FROM interaction WHERE customer_id = ?").param(COMPLAINED)
                .query(Long.class).single();

        assertThat(evidence(COMPLAINED, "SERVICE_DISSATISFIED"))
                .isEqualTo("complaint #" + complaint + " unresolved for 52 h; 1 complaint in the last year");
        assertThat(jdbc.sql("SELECT direct FROM customer_cause WHERE customer_id = ? AND cause = 'SERVICE_DISSATISFIED'")
                .param(COMPLAINED).query(Boolean.class).single()).isTrue();
    }

    @Test
    void scoresBuyersOneToFiveAndNamesTheirSegmentFromTheScores() {
        var customers = jdbc.sql("SELECT orders_total, r_score, f_score, m_score, rfm_segment FROM customer_feature "
                + "WHERE run_date = ?").param(AS_OF).query().listOfRows();
        assertThat(customers).hasSizeGreaterThan(1000).allSatisfy(c -> {
            int r = ((Number) c.get("r_score")).intValue();
            int f = ((Number) c.get("f_score")).intValue();
            int m = ((Number) c.get("m_score")).intValue();
            boolean buyer = ((Number) c.get("orders_total")).intValue() > 0;
            assertThat(List.of(r, f, m)).allMatch(score -> buyer ? score >= 1 && score <= 5 : score == 0);
            assertThat(c.get("rfm_segment")).isEqualTo(RfmSegment.of(r, f, m).name());
        });
        assertThat(customers.stream().map(c -> c.get("r_score")).distinct()).hasSize(6);
        assertThat(customers.stream().map(c -> c.get("rfm_segment")).distinct().count()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void computingADateAgainReplacesItsSnapshotAndClearingRemovesItButNoOtherDate() {
        LocalDate earlier = AS_OF.minusDays(7);
        snapshot.compute(earlier);
        Map<String, Long> first = rowsOf(earlier);
        snapshot.compute(earlier);
        assertThat(rowsOf(earlier)).isEqualTo(first)
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        Map<String, Long> before = rowsOf(AS_OF);

        snapshot.clear(earlier);

        assertThat(rowsOf(earlier)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(rowsOf(AS_OF)).isEqualTo(before);
    }

    private Map<String, Long> rowsOf(LocalDate date) {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : List.of("customer_feature", "customer_cause")) {
            rows.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE run_date = ?").param(date)
                    .query(Long.class).single());
        }
        return rows;
    }

    @Test
    void estimatesCustomerValueForBuyersOnly() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_feature WHERE run_date = ? AND orders_total > 0 "
                + "AND (p_alive IS NULL OR p_alive < 0 OR p_alive > 1 OR clv_12m < 0)").param(AS_OF)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_feature WHERE run_date = ? AND orders_total = 0 "
                + "AND p_alive IS NOT NULL").param(AS_OF).query(Long.class).single()).isZero();
        BigDecimal loyal = jdbc.sql("SELECT AVG(clv_12m) FROM customer_feature WHERE run_date = ? AND stage = 'LOYAL'")
                .param(AS_OF).query(BigDecimal.class).single();
        BigDecimal churned = jdbc.sql("SELECT AVG(clv_12m) FROM customer_feature WHERE run_date = ? AND stage = 'CHURNED'")
                .param(AS_OF).query(BigDecimal.class).single();
        assertThat(loyal).isGreaterThan(churned.multiply(BigDecimal.valueOf(3)));
    }

    @Test
    void skipsBadRowsOfTheGeneratedShop() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_feature WHERE run_date = ? AND (monetary < 0 OR last_nps > 10)")
                .param(AS_OF).query(Long.class).single()).isZero();
    }

    private String evidence(long customer, String cause) {
        return jdbc.sql("SELECT evidence FROM customer_cause WHERE run_date = ? AND customer_id = ? AND cause = ?")
                .params(AS_OF, customer, cause).query(String.class).single();
    }
}
