package retention.db.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static retention.db.imports.ImportFixtures.EXAMPLE;
import static retention.db.imports.ImportFixtures.count;
import static retention.db.imports.ImportFixtures.exampleFilePlus;
import static retention.db.imports.ImportFixtures.exampleWith;
import static retention.db.imports.ImportFixtures.importFolder;
import static retention.db.imports.ImportFixtures.tables;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import retention.db.generate.GeneratorSettings;
import retention.db.generate.ShopGenerator;
import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * Importing on a real MySQL-protocol server: the staging in temporary tables, the upsert by key with
 * ON DUPLICATE KEY UPDATE, unique external ids beside the generator's NULLs, and the rollback of a failed import.
 */
class ShopImportIntegrationTests {

    static TestDatabase database;
    static HikariDataSource shop;
    static JdbcClient jdbc;

    @TempDir
    Path temp;

    @BeforeAll
    static void migrate() {
        database = TestDatabases.create();
        shop = database.migratedDataSource();
        jdbc = JdbcClient.create(shop);
    }

    @AfterAll
    static void drop() {
        shop.close();
        database.drop();
    }

    @AfterEach
    void empty() {
        for (ImportFile file : ImportFile.values()) {
            jdbc.sql("DELETE FROM " + file.table()).update();
        }
    }

    @Test
    void importsTheExampleAndAgainWithoutDuplicatingAnything() {
        ImportReport first = importFolder(shop, EXAMPLE, false, null);
        Map<String, String> stored = tables(shop);

        ImportReport again = importFolder(shop, EXAMPLE, false, null);

        assertThat(first.files()).allSatisfy(file -> assertThat(file.inserted()).isEqualTo(file.read()));
        assertThat(again.files()).allSatisfy(file -> assertThat(file.updated()).isEqualTo(file.read()));
        assertThat(tables(shop)).isEqualTo(stored);
        assertThat(count(shop, "orders")).isEqualTo(15);
        assertThat(jdbc.sql("SELECT CONCAT(name, title, '@', city) FROM customer WHERE id = 1003").query(String.class)
                .single()).isEqualTo("陳嘉欣小姐@香港");
        assertThat(jdbc.sql("SELECT placed_at FROM orders WHERE external_id = 'SO-40001'").query(LocalDateTime.class)
                .single()).isEqualTo("2026-10-05T02:30:00");
    }

    @Test
    void updatesAChangedRowInPlace() {
        importFolder(shop, EXAMPLE, false, null);
        long id = jdbc.sql("SELECT id FROM orders WHERE external_id = 'SO-20001'").query(Long.class).single();
        Path changed = exampleWith(temp.resolve("changed"), Map.of("orders.csv", "external_id,customer_id,placed_at,"
                + "status,amount,coupon_code\nSO-20001,1002,2026-02-14T10:00:00+08:00,REFUNDED,280.00,FULL30\n"));

        ImportReport report = importFolder(shop, changed, false, null);

        assertThat(report.files()).filteredOn(f -> f.file() == ImportFile.ORDERS).singleElement()
                .satisfies(f -> assertThat(f.updated()).isEqualTo(1));
        assertThat(jdbc.sql("SELECT CONCAT(id, ' ', status) FROM orders WHERE external_id = 'SO-20001'")
                .query(String.class).single()).isEqualTo(id + " REFUNDED");
        assertThat(count(shop, "orders")).isEqualTo(15);
    }

    @Test
    void aBadRowChangesNothing() {
        importFolder(shop, EXAMPLE, false, null);
        Map<String, String> before = tables(shop);
        Path folder = exampleWith(temp.resolve("bad"), Map.of("contacts.csv", exampleFilePlus("contacts.csv",
                "MSG-5,1001,FAX,2026-11-01T10:00:00Z,,,,,")));

        ImportReport report = importFolder(shop, folder, false, null);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                "contacts.csv:6:3: channel: 'FAX' is not one of SMS, EMAIL, WECHAT, PUSH, PHONE");
        assertThat(tables(shop)).isEqualTo(before);
    }

    @Test
    void aFailureInTheLastTableRollsBackTheOthers() {
        jdbc.sql("ALTER TABLE contact_log ADD CONSTRAINT ck_test_refuse CHECK (template <> 'generic-promo')").update();
        try {
            assertThatThrownBy(() -> importFolder(shop, EXAMPLE, false, null))
                    .hasMessageStartingWith("the import failed and changed nothing");
            assertThat(tables(shop).values()).containsOnly("[]");
        }
        finally {
            jdbc.sql("ALTER TABLE contact_log DROP CONSTRAINT ck_test_refuse").update();
        }
    }

    @Test
    void keepsTheGeneratorsRowsWhoseExternalIdIsNull() {
        new ShopGenerator(shop).generate(new GeneratorSettings(100, 3, LocalDate.of(2026, 11, 20), 0, true), null);
        long generated = count(shop, "orders");

        importFolder(shop, EXAMPLE, false, null);
        importFolder(shop, EXAMPLE, false, null);

        assertThat(count(shop, "orders")).isEqualTo(generated + 15);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE external_id IS NULL").query(Long.class).single())
                .isEqualTo(generated);
    }
}
