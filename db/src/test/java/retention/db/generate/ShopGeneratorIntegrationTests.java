package retention.db.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/** The generator on a real MySQL-protocol server through Connector/J, with two workers and rewritten batches. */
class ShopGeneratorIntegrationTests {

    private static final GeneratorSettings SETTINGS = new GeneratorSettings(2_000, 11, LocalDate.of(2026, 11, 23),
            0.01, false);

    static TestDatabase database;
    static HikariDataSource dataSource;
    static JdbcTemplate jdbc;
    static GenerationReport report;

    @BeforeAll
    static void generate() {
        database = TestDatabases.create();
        dataSource = database.migratedDataSource();
        jdbc = new JdbcTemplate(dataSource);
        report = new ShopGenerator(dataSource, 2, 0).generate(SETTINGS, null);
    }

    @AfterAll
    static void drop() {
        dataSource.close();
        database.drop();
    }

    @Test
    void writesTheRowsItReports() {
        assertThat(count("customer")).isEqualTo(report.customers()).isEqualTo(2_000);
        assertThat(count("planted_truth")).isEqualTo(2_000);
        assertThat(count("orders")).isEqualTo(report.orders() + countWhere("orders", "amount < 0 "
                + "OR placed_at >= '2026-11-23' OR customer_id > 2000"));
        assertThat(count("interaction")).isEqualTo(report.interactions() + countWhere("interaction", "score > 10"));
        assertThat(count("site_visit")).isEqualTo(report.siteVisits());
        assertThat(count("contact_log")).isEqualTo(report.contacts());
        assertThat(report.orders()).isBetween(16_000L, 24_000L);
    }

    @Test
    void keepsChineseNamesAndTitlesIntact() {
        assertThat(jdbc.queryForList("SELECT CONCAT(name, title) FROM customer WHERE language = 'zh-CN'", String.class))
                .isNotEmpty().allMatch(name -> name.matches("\\p{IsHan}{2,4}(先生|女士)"));
        assertThat(jdbc.queryForList("SELECT city FROM customer WHERE language = 'zh-HK'", String.class))
                .isNotEmpty().containsOnly("香港");
    }

    @Test
    void holdsExactlyTheRowsTheEmbeddedDatabaseGetsFromTheSameSettings() {
        try (HikariDataSource h2 = H2Shops.create()) {
            new ShopGenerator(h2, 1).generate(SETTINGS, null);

            Map<String, String> embedded = TableChecksums.of(h2);
            assertThat(TableChecksums.of(dataSource)).isEqualTo(embedded);
        }
    }

    private static long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static long countWhere(String table, String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + condition, Long.class);
    }
}
