package retention.db.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static retention.db.imports.ImportFixtures.CLOCK;
import static retention.db.imports.ImportFixtures.EXAMPLE;
import static retention.db.imports.ImportFixtures.count;
import static retention.db.imports.ImportFixtures.exampleFilePlus;
import static retention.db.imports.ImportFixtures.exampleWith;
import static retention.db.imports.ImportFixtures.importFolder;
import static retention.db.imports.ImportFixtures.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import retention.db.generate.GeneratorSettings;
import retention.db.generate.ShopGenerator;

/** Importing on the embedded H2 database: the example folder, a second import of it, bad rows, and atomicity. */
class ShopImportTests {

    private static final String BAD_AMOUNT = "SO-99999,1001,2026-11-01T10:00:00+08:00,PAID,-5.00,0,0,,snacks";

    @TempDir
    Path temp;

    @Test
    void importsTheExampleFolderCleanly() {
        try (HikariDataSource shop = H2Databases.create()) {
            ImportReport report = importFolder(shop, EXAMPLE, false, null);

            assertThat(report.problems()).isEmpty();
            assertThat(report.applied()).isTrue();
            assertThat(report.files()).extracting(FileSummary::name, FileSummary::read, FileSummary::inserted,
                    FileSummary::updated, FileSummary::rejected).containsExactly(
                            tuple("customers.csv", 5L, 5L, 0L, 0L), tuple("orders.csv", 15L, 15L, 0L, 0L),
                            tuple("interactions.csv", 6L, 6L, 0L, 0L), tuple("site_visits.csv", 5L, 5L, 0L, 0L),
                            tuple("contacts.csv", 4L, 4L, 0L, 0L));
        }
    }

    @Test
    void storesTimesInUtcTextIntactAndDefaultsForEmptyFields() {
        try (HikariDataSource shop = H2Databases.create()) {
            importFolder(shop, EXAMPLE, false, null);
            JdbcClient jdbc = JdbcClient.create(shop);

            assertThat(jdbc.sql("SELECT registered_at FROM customer WHERE id = 1001").query(LocalDateTime.class)
                    .single()).isEqualTo("2025-01-15T02:20:00");
            assertThat(jdbc.sql("SELECT registered_at FROM customer WHERE id = 1002").query(LocalDateTime.class)
                    .single()).isEqualTo("2025-03-02T00:00:00");
            assertThat(jdbc.sql("SELECT CONCAT(name, title, '|', city, '|', consent_push) FROM customer "
                    + "WHERE id = 1003").query(String.class).single()).isEqualTo("陳嘉欣小姐|香港|FALSE");
            assertThat(jdbc.sql("SELECT note FROM interaction WHERE external_id = 'TK-502'").query(String.class)
                    .single()).isEqualTo("Lovely texture, will buy again");
            assertThat(jdbc.sql("SELECT CONCAT(status, ' ', amount, ' ', refund_amount) FROM orders "
                    + "WHERE external_id = 'SO-10003'").query(String.class).single()).isEqualTo("REFUNDED 89.00 89.00");
        }
    }

    @Test
    void importingTheSameFilesAgainUpdatesEveryRowAndAddsNone() {
        try (HikariDataSource shop = H2Databases.create()) {
            importFolder(shop, EXAMPLE, false, null);
            Map<String, String> first = tables(shop);

            ImportReport again = importFolder(shop, EXAMPLE, false, null);

            assertThat(again.files()).allSatisfy(file -> {
                assertThat(file.inserted()).isZero();
                assertThat(file.updated()).isEqualTo(file.read());
            });
            assertThat(tables(shop)).isEqualTo(first);
            assertThat(count(shop, "orders")).isEqualTo(15);
        }
    }

    @Test
    void aChangedRowReplacesTheStoredOneByItsKey() throws IOException {
        try (HikariDataSource shop = H2Databases.create()) {
            importFolder(shop, EXAMPLE, false, null);
            Path changed = exampleWith(temp.resolve("changed"), Map.of("orders.csv",
                    "external_id,customer_id,placed_at,status,amount\n"
                            + "SO-10002,1001,2026-07-12T21:40:00+08:00,REFUNDED,159.90\n"));
            Files.delete(changed.resolve("customers.csv"));

            ImportReport report = importFolder(shop, changed, false, null);

            assertThat(report.files().get(0)).extracting(FileSummary::inserted, FileSummary::updated)
                    .containsExactly(0L, 1L);
            assertThat(JdbcClient.create(shop).sql("SELECT status FROM orders WHERE external_id = 'SO-10002'")
                    .query(String.class).single()).isEqualTo("REFUNDED");
            assertThat(count(shop, "orders")).isEqualTo(15);
        }
    }

    @Test
    void oneBadRowChangesNothingAndIsReportedWithItsPlace() {
        try (HikariDataSource shop = H2Databases.create()) {
            importFolder(shop, EXAMPLE, false, null);
            Map<String, String> before = tables(shop);
            Path folder = exampleWith(temp.resolve("bad"), Map.of("orders.csv",
                    exampleFilePlus("orders.csv", BAD_AMOUNT),
                    "customers.csv", exampleFilePlus("customers.csv",
                            "1006,赵敏,女士,,,,,zh-CN,Asia/Shanghai,上海,,,,,,2026-01-01")));

            ImportReport report = importFolder(shop, folder, false, null);

            assertThat(report.applied()).isFalse();
            assertThat(report.problems()).extracting(ImportProblem::toString)
                    .containsExactly("orders.csv:17:5: amount: '-5.00' is negative; amounts are 0 or more");
            assertThat(tables(shop)).isEqualTo(before);
        }
    }

    @Test
    void skippingBadRowsImportsTheGoodOnesAndReportsEveryBadOne() throws IOException {
        try (HikariDataSource shop = H2Databases.create()) {
            Path folder = exampleWith(temp.resolve("bad"), Map.of("orders.csv", exampleFilePlus("orders.csv",
                    BAD_AMOUNT + "\nSO-10001,1001,2026-06-03T20:15:00+08:00,PAID,1.00,,,,"
                            + "\nSO-99998,77,2026-06-03,PAID,1.00,,,,")));
            Path rejected = temp.resolve("out/rejected.csv");

            ImportReport report = importFolder(shop, folder, true, rejected);

            assertThat(report.applied()).isTrue();
            assertThat(report.files().get(1)).extracting(FileSummary::read, FileSummary::inserted,
                    FileSummary::rejected).containsExactly(18L, 15L, 3L);
            assertThat(Files.readAllLines(rejected)).containsExactly("file,line,column,field,problem",
                    "orders.csv,17,5,amount,'-5.00' is negative; amounts are 0 or more",
                    "orders.csv,18,1,external_id,external_id SO-10001 appears again; first on line 2",
                    "orders.csv,19,2,customer_id,customer 77 is neither in customers.csv nor in the database");
            assertThat(JdbcClient.create(shop).sql("SELECT amount FROM orders WHERE external_id = 'SO-10001'")
                    .query(String.class).single()).isEqualTo("268.00");
        }
    }

    @Test
    void acceptsRowsOfCustomersAlreadyStoredAndRefusesThoseOfUnknownOnes() {
        try (HikariDataSource shop = H2Databases.create()) {
            importFolder(shop, EXAMPLE, false, null);
            Path folder = temp.resolve("orders-only");
            exampleWith(folder, Map.of("orders.csv", "external_id,customer_id,placed_at,status,amount\n"
                    + "N-1,1002,2026-11-01T10:00:00Z,PAID,10\nN-2,2002,2026-11-01T10:00:00Z,PAID,10\n"));

            ImportReport report = new ShopImport(shop, CLOCK).run(new ImportRequest(
                    Map.of(ImportFile.ORDERS, folder.resolve("orders.csv")), false, null), null);

            assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                    "orders.csv:3:2: customer_id: customer 2002 is not in the database; import the customer with a "
                            + "customers file");
        }
    }

    @Test
    void namesTheRejectedCustomerRowWhenOrdersReferToIt() {
        try (HikariDataSource shop = H2Databases.create()) {
            Path folder = exampleWith(temp.resolve("bad"), Map.of("customers.csv", exampleFilePlus("customers.csv",
                    "1006,赵敏,女士,,,,,fr,Asia/Shanghai,上海,,,,,,2026-01-01"), "orders.csv", exampleFilePlus(
                            "orders.csv", "SO-60001,1006,2026-11-01T10:00:00+08:00,PAID,5.00,0,0,,snacks")));

            ImportReport report = importFolder(shop, folder, false, null);

            assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                    "customers.csv:7:8: language: 'fr' is not a language the product knows; use one of zh-CN, "
                            + "zh-HK, en",
                    "orders.csv:17:2: customer_id: customer 1006 is not in the database and its row in customers.csv "
                            + "(line 7) was rejected");
            assertThat(count(shop, "customer")).isZero();
        }
    }

    @Test
    void reportsADuplicateCustomerWithTheLineOfItsFirstRow() {
        try (HikariDataSource shop = H2Databases.create()) {
            Path folder = exampleWith(temp.resolve("dup"), Map.of("customers.csv", exampleFilePlus("customers.csv",
                    "1002,李娜,女士,,,,,zh-CN,Asia/Shanghai,北京,,,,,,2025-03-02")));

            ImportReport report = importFolder(shop, folder, false, null);

            assertThat(report.problems()).extracting(ImportProblem::toString)
                    .containsExactly("customers.csv:7:1: id: id 1002 appears again; first on line 3");
        }
    }

    @Test
    void aHeaderProblemStopsTheImportEvenWhenBadRowsMayBeSkipped() {
        try (HikariDataSource shop = H2Databases.create()) {
            Path folder = exampleWith(temp.resolve("typo"), Map.of("site_visits.csv",
                    "external_id,customer_id,visited_on,outcome\nSV-1,1001,2026-11-01,BROWSE\n"));

            ImportReport report = importFolder(shop, folder, true, null);

            assertThat(report.applied()).isFalse();
            assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                    "site_visits.csv:1:3: visited_on: unknown column (did you mean visited_at?); site_visits.csv has "
                            + "external_id, customer_id, visited_at, category, outcome, page_load_ms, checkout_steps",
                    "site_visits.csv:1: the header lacks the required column visited_at");
            assertThat(count(shop, "customer")).isZero();
        }
    }

    @Test
    void reportsBrokenUtf8WithItsLineAndColumn() throws IOException {
        try (HikariDataSource shop = H2Databases.create()) {
            Path folder = exampleWith(temp.resolve("latin1"), Map.of());
            byte[] text = exampleFilePlus("orders.csv", "SO-70001,1001,2026-11-01T10:00:00Z,PAID,5.00,0,0,,caf\u00e9")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            Files.write(folder.resolve("orders.csv"), text);

            ImportReport report = importFolder(shop, folder, false, null);

            assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                    "orders.csv:17:9: category: the text is not valid UTF-8; save the file as UTF-8");
        }
    }

    @Test
    void aDatabaseFailureInTheLastTableLeavesTheEarlierTablesAsTheyWere() {
        try (HikariDataSource shop = H2Databases.create()) {
            JdbcClient.create(shop).sql("ALTER TABLE contact_log ADD CONSTRAINT ck_test_refuse CHECK (template <> "
                    + "'generic-promo')").update();

            assertThatThrownBy(() -> importFolder(shop, EXAMPLE, false, null))
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the import failed and changed "
                            + "nothing");
            assertThat(tables(shop).values()).containsOnly("[]");
        }
    }

    @Test
    void importsBesideAGeneratedShopWhoseRowsHaveNoExternalId() {
        try (HikariDataSource shop = H2Databases.create()) {
            new ShopGenerator(shop).generate(new GeneratorSettings(100, 1, LocalDate.of(2026, 11, 20), 0, false), null);
            long generated = count(shop, "orders");

            importFolder(shop, EXAMPLE, false, null);
            importFolder(shop, EXAMPLE, false, null);

            assertThat(count(shop, "orders")).isEqualTo(generated + 15);
            assertThat(count(shop, "customer")).isEqualTo(105);
        }
    }
}
