package retention.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./retention import on the embedded database: usage errors, a refused import, skipped bad rows. */
class ImportCommandTests {

    private static final Path EXAMPLE = Path.of("../docs/import-example").toAbsolutePath().normalize();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    Path temp;

    @Test
    void refusesToRunWithoutAFile() {
        CommandLineRun run = CommandLineRun.of("import");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("No file to import: expected customers.csv, orders.csv, interactions.csv, "
                + "site_visits.csv, contacts.csv");
    }

    @Test
    void refusesAFileThatIsNotThere() {
        CommandLineRun run = CommandLineRun.of("import", "--orders", temp.resolve("orders.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot read ").contains("no such readable file");
    }

    @Test
    void importsNothingWhenARowIsBadThenTheGoodRowsWhenToldToSkipTheBadOnes() throws IOException {
        Map<String, Object> database = database();
        Path orders = Files.writeString(temp.resolve("orders-2026.csv"),
                "external_id,customer_id,placed_at,status,amount\n"
                        + "A-1,1001,2026-11-01T10:00:00+08:00,PAID,10.00\n"
                        + "A-2,1001,2026-11-01T10:00:00+08:00,PAID,ten\n", StandardCharsets.UTF_8);
        Path rejected = temp.resolve("rejected.csv");

        CommandLineRun refused = CommandLineRun.of(database, "import", EXAMPLE.toString(), "--orders",
                orders.toString());
        CommandLineRun skipped = CommandLineRun.of(database, "import", EXAMPLE.toString(), "--orders",
                orders.toString(), "--skip-bad-rows", "--report", rejected.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("orders-2026.csv:3:5: amount: 'ten' is not an amount")
                .contains("Nothing was imported");
        assertThat(skipped.exitCode()).as(skipped.err()).isZero();
        assertThat(skipped.out()).containsPattern("customers\\.csv +5 +5 +0 +0")
                .containsPattern("orders-2026\\.csv +2 +1 +0 +1").contains("is in " + rejected);
        assertThat(Files.readAllLines(rejected)).hasSize(2).last().asString().startsWith("orders-2026.csv,3,5,amount,");
    }

    @Test
    void warnsAboutAFileInTheFolderWhoseNameItDoesNotKnow() throws IOException {
        Files.writeString(temp.resolve("order.csv"), "external_id\n");

        CommandLineRun run = CommandLineRun.of(database(), "import", temp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Ignoring order.csv: not one of customers.csv, orders.csv")
                .contains("No file to import in " + temp);
    }

    /** An in-memory H2 database that outlives each command's context, so that one command sees another's rows. */
    private static Map<String, Object> database() {
        return Map.of("spring.datasource.url", "jdbc:h2:mem:import" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
