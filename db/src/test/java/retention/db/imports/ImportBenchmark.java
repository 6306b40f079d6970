package retention.db.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Random;

import com.zaxxer.hikari.HikariDataSource;

import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * Measures the import (docs/benchmarks.md, section Import): writes a customers file and an orders file, imports
 * them into a new database on the server named by RETENTION_TEST_DB_URL (or an embedded MariaDB), then imports the
 * orders again (every row an update), and prints rows per second for each. Arguments: orders (default 1,000,000),
 * customers (default 100,000). Run it with a small heap (-Xmx128m) to see that memory stays constant.
 */
public final class ImportBenchmark {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+08:00'");
    private static final String[] CATEGORIES = { "baby", "beauty", "snacks", "electronics", "apparel", "home" };

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("import-benchmark");
        Path customersFile = writeCustomers(dir.resolve("customers.csv"), customers);
        Path ordersFile = writeOrders(dir.resolve("orders.csv"), orders, customers);
        System.out.printf("files: %,d customers (%,d bytes), %,d orders (%,d bytes); max heap %,d MiB%n", customers,
                Files.size(customersFile), orders, Files.size(ordersFile), Runtime.getRuntime().maxMemory() >> 20);
        TestDatabase database = TestDatabases.create();
        try (HikariDataSource dataSource = database.migratedDataSource()) {
            ShopImport shopImport = new ShopImport(dataSource, Clock.systemUTC());
            measure("customers, new", shopImport, Map.of(ImportFile.CUSTOMERS, customersFile));
            measure("orders, new", shopImport, Map.of(ImportFile.ORDERS, ordersFile));
            measure("orders, again (all updates)", shopImport, Map.of(ImportFile.ORDERS, ordersFile));
        }
        finally {
            database.drop();
        }
    }

    private static void measure(String label, ShopImport shopImport, Map<ImportFile, Path> files) {
        ImportReport report = shopImport.run(new ImportRequest(files, false, null),
                line -> System.out.println("  " + line));
        if (!report.applied()) {
            throw new IllegalStateException("the benchmark's files have problems: " + report.problems());
        }
        double seconds = report.millis() / 1000.0;
        System.out.printf("%s: %,d rows in %.1f s = %,.0f rows/s (inserted %,d, updated %,d); heap used %,d MiB%n",
                label, report.rowsRead(), seconds, report.rowsRead() / seconds,
                report.files().get(0).inserted(), report.files().get(0).updated(), usedHeapMiB());
    }

    private static long usedHeapMiB() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private static Path writeCustomers(Path file, int customers) throws IOException {
        Random random = new Random(1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,name,email,phone,language,time_zone,city,consent_sms,consent_email,registered_at\n");
            for (int id = 1; id <= customers; id++) {
                out.write(id + ",客户" + id + ",user" + id + "@example.com,+86 138" + (10_000_000 + id)
                        + ",zh-CN,Asia/Shanghai,上海," + random.nextBoolean() + "," + random.nextBoolean() + ","
                        + LocalDateTime.of(2023, 1, 1, 9, 0).plusMinutes(random.nextInt(900_000)).format(TIME) + "\n");
            }
        }
        return file;
    }

    private static Path writeOrders(Path file, int orders, int customers) throws IOException {
        Random random = new Random(2);
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).minusDays(730);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("external_id,customer_id,placed_at,status,amount,discount,refund_amount,coupon_code,category\n");
            for (int i = 1; i <= orders; i++) {
                boolean coupon = random.nextInt(4) == 0;
                out.write("SO-" + i + "," + (1 + random.nextInt(customers)) + ","
                        + start.plusMinutes(random.nextInt(700 * 24 * 60)).format(TIME) + ","
                        + (random.nextInt(20) == 0 ? "REFUNDED" : "PAID") + "," + (10 + random.nextInt(990)) + "."
                        + random.nextInt(10) + "0," + (coupon ? "15.00" : "0") + ",0," + (coupon ? "SAVE15" : "") + ","
                        + CATEGORIES[random.nextInt(CATEGORIES.length)] + "\n");
            }
        }
        return file;
    }
}
