package retention.db.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

/** The generator on the embedded H2 database: determinism, refusal, replacement, bad rows and the report. */
class ShopGeneratorTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    /** Bad rows as the nightly run recognises them, per table: what remains must be the shop without bad rows. */
    private static final Map<String, String> GOOD_ROWS = Map.of(
            "orders", "amount >= 0 AND placed_at < '2026-11-23 00:00:00' AND customer_id <= 1000",
            "interaction", "score IS NULL OR score <= 10");

    private static GeneratorSettings settings(long seed, double badRowShare, boolean replace) {
        return new GeneratorSettings(1_000, seed, AS_OF, badRowShare, replace);
    }

    @Test
    void generatesIdenticalRowsFromTheSameSeedWhateverTheNumberOfWorkers() {
        try (HikariDataSource one = H2Shops.create(); HikariDataSource two = H2Shops.create()) {
            new ShopGenerator(one, 1).generate(settings(7, 0.01, false), null);
            new ShopGenerator(two, 2, 0).generate(settings(7, 0.01, false), null);

            assertThat(TableChecksums.of(two)).isEqualTo(TableChecksums.of(one));
        }
    }

    @Test
    void generatesAnotherShopFromAnotherSeed() {
        try (HikariDataSource one = H2Shops.create(); HikariDataSource two = H2Shops.create()) {
            new ShopGenerator(one).generate(settings(7, 0, false), null);
            new ShopGenerator(two).generate(settings(8, 0, false), null);

            Map<String, String> first = TableChecksums.of(one);
            TableChecksums.of(two).forEach((table, digest) -> assertThat(digest).as(table)
                    .isNotEqualTo(first.get(table)));
        }
    }

    @Test
    void plantsEveryStageAndEveryCauseAndRecordsThemInPlantedTruth() {
        try (HikariDataSource shop = H2Shops.create()) {
            GenerationReport report = new ShopGenerator(shop).generate(settings(3, 0, false), null);

            assertThat(report.plantedStages()).containsOnlyKeys("POTENTIAL", "NEW", "ACTIVE", "LOYAL", "AT_RISK",
                    "CHURNED").allSatisfy((stage, count) -> assertThat(count).as(stage).isPositive());
            assertThat(report.plantedCauses()).hasSize(8)
                    .allSatisfy((cause, count) -> assertThat(count).as(cause).isPositive());
            JdbcTemplate jdbc = new JdbcTemplate(shop);
            report.plantedStages().forEach((stage, count) -> assertThat(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM planted_truth WHERE stage = ?", Long.class, stage)).isEqualTo(count));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM planted_truth WHERE causes <> '' "
                    + "AND stage NOT IN ('AT_RISK', 'CHURNED')", Long.class)).isZero();
        }
    }

    @Test
    void refusesAShopThatAlreadyHoldsCustomersUnlessToldToReplaceIt() {
        try (HikariDataSource shop = H2Shops.create()) {
            new ShopGenerator(shop).generate(settings(1, 0, false), null);

            assertThatThrownBy(() -> new ShopGenerator(shop).generate(settings(2, 0, false), null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the database already holds 1000 customers; use --replace to generate a new shop "
                            + "over them");
        }
    }

    @Test
    void replacesAnExistingShopWithExactlyTheNewOne() {
        try (HikariDataSource replaced = H2Shops.create(); HikariDataSource fresh = H2Shops.create()) {
            new ShopGenerator(replaced).generate(settings(1, 0.02, false), null);
            List<String> progress = new ArrayList<>();
            new ShopGenerator(replaced).generate(settings(2, 0, true), progress::add);
            new ShopGenerator(fresh).generate(settings(2, 0, false), null);

            assertThat(TableChecksums.of(replaced)).isEqualTo(TableChecksums.of(fresh));
            assertThat(progress).first().asString().startsWith("emptied customer, orders");
            assertThat(progress).last().asString().startsWith("1,000 of 1,000 customers (100%)");
        }
    }

    @Test
    void placesEveryGoodRowBeforeMidnightOfTheRunDate() {
        try (HikariDataSource shop = H2Shops.create()) {
            new ShopGenerator(shop).generate(settings(4, 0, false), null);

            JdbcTemplate jdbc = new JdbcTemplate(shop);
            for (String column : List.of("customer.registered_at", "orders.placed_at", "interaction.opened_at",
                    "interaction.resolved_at", "site_visit.visited_at", "contact_log.sent_at", "contact_log.opened_at",
                    "contact_log.answered_at", "market_event.ended_at")) {
                String[] parts = column.split("\\.");
                LocalDateTime latest = jdbc.queryForObject("SELECT MAX(" + parts[1] + ") FROM " + parts[0],
                        LocalDateTime.class);
                assertThat(latest).as(column).isBefore(AS_OF.atStartOfDay());
            }
        }
    }

    @Test
    void addsBadRowsOnTopOfAnUnchangedShopAndCountsThem() {
        try (HikariDataSource dirty = H2Shops.create(); HikariDataSource clean = H2Shops.create()) {
            GenerationReport report = new ShopGenerator(dirty).generate(settings(5, 0.03, false), null);
            new ShopGenerator(clean).generate(settings(5, 0, false), null);

            assertThat(TableChecksums.of(dirty, GOOD_ROWS)).isEqualTo(TableChecksums.of(clean));
            JdbcTemplate jdbc = new JdbcTemplate(dirty);
            long bad = jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE amount < 0 "
                    + "OR placed_at >= '2026-11-23 00:00:00' OR customer_id > 1000", Long.class)
                    + jdbc.queryForObject("SELECT COUNT(*) FROM interaction WHERE score > 10", Long.class);
            assertThat(report.badRows()).isEqualTo(bad);
            assertThat((double) report.badRows() / report.orders()).isBetween(0.02, 0.04);
        }
    }

    @Test
    void reportsTheRowsItWrote() {
        try (HikariDataSource shop = H2Shops.create()) {
            GenerationReport report = new ShopGenerator(shop).generate(settings(6, 0, false), null);

            JdbcTemplate jdbc = new JdbcTemplate(shop);
            assertThat(count(jdbc, "customer")).isEqualTo(report.customers()).isEqualTo(1_000);
            assertThat(count(jdbc, "orders")).isEqualTo(report.orders());
            assertThat(count(jdbc, "interaction")).isEqualTo(report.interactions());
            assertThat(count(jdbc, "site_visit")).isEqualTo(report.siteVisits());
            assertThat(count(jdbc, "contact_log")).isEqualTo(report.contacts());
            assertThat(count(jdbc, "market_event")).isBetween(2L, 3L);
            assertThat(report.millis()).isPositive();
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
