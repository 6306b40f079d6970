package retention.batch.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import retention.batch.nightly.NightlyRun;
import retention.batch.nightly.ShopFixture;
import retention.db.test.TestDatabase;

/**
 * A preview on a small shop: the live rule book has run the night; a candidate that adds one rule shows exactly
 * the actions that rule adds, and nothing stored changes.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class RuleBookPreviewIntegrationTests {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    static final String HEADER = "package rulebook.%s;\n\nimport retention.rules.facts.*;\n"
            + "import function retention.rules.book.Proposals.propose;\n\n";
    static final Path LIVE = folder("live");
    static final Path CANDIDATE = folder("candidate");

    static TestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabaseProperties.register(registry);
        registry.add("retention.rules.dir", LIVE::toString);
    }

    @AfterAll
    static void drop() throws IOException {
        database.drop();
        for (Path book : List.of(LIVE, CANDIDATE)) {
            try (var files = Files.walk(book)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Autowired
    RuleBookPreview preview;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void shopAndNight(@Autowired JdbcClient jdbc, @Autowired NightlyRun nightlyRun) throws IOException {
        for (Path book : List.of(LIVE, CANDIDATE)) {
            Files.writeString(book.resolve("actions.csv"),
                    "code,kind,cost,description\nCARE,MESSAGE,5,care\nCALL_BACK,TASK,15,a person calls\n");
            rule(book, "at-risk.drl", "At risk: care", "stage == Stage.AT_RISK", "propose($c, \"CARE\");");
            rule(book, "churned.drl", "Churned: care", "stage == Stage.CHURNED", "propose($c, \"CARE\");");
        }
        rule(CANDIDATE, "loyal.drl", "Loyal: a person calls", "stage == Stage.LOYAL",
                "propose($c, \"CALL_BACK\").via(Channel.PHONE);");
        new ShopFixture(jdbc, RUN_DATE).create();
        nightlyRun.run(RUN_DATE);
    }

    @Test
    void showsExactlyTheActionsAnAddedRuleAddsAndWritesNothing() {
        String logBefore = actionLog();
        long versionsBefore = count("rule_book_version");
        long outboxBefore = count("outbox");

        PreviewReport report = preview.preview(CANDIDATE, Optional.empty());

        assertThat(report.runDate()).isEqualTo(RUN_DATE);
        assertThat(report.customers()).isEqualTo(6);
        assertThat(report.live()).startsWith("v1 (");
        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.ADDED);
            assertThat(change.actionCode()).isEqualTo("CALL_BACK");
            assertThat(change.channel()).isEqualTo("PHONE");
            assertThat(change.customers()).isEqualTo(1);
            assertThat(change.examples()).containsExactly(new PreviewExample(ShopFixture.LOYAL,
                    "Loyal: a person calls", "stage = LOYAL", null));
        });
        assertThat(report.messagesBefore()).isEqualTo(2);
        assertThat(report.messagesAfter()).isEqualTo(2);
        assertThat(report.costBefore()).isEqualByComparingTo(new BigDecimal("10"));
        assertThat(report.costAfter()).isEqualByComparingTo(new BigDecimal("25"));
        assertThat(actionLog()).isEqualTo(logBefore);
        assertThat(count("rule_book_version")).isEqualTo(versionsBefore);
        assertThat(count("outbox")).isEqualTo(outboxBefore);
    }

    @Test
    void findsNoChangeWhenTheCandidateIsTheLiveRuleBook() {
        PreviewReport report = preview.preview(LIVE, Optional.of(RUN_DATE));

        assertThat(report.changes()).isEmpty();
        assertThat(report.costAfter()).isEqualByComparingTo(report.costBefore());
    }

    private String actionLog() {
        return String.join("\n", jdbc.sql("SELECT CONCAT(customer_id, ' ', action_code, ' ', status, ' ', "
                + "rule_book_version_id) FROM retention_action ORDER BY customer_id, action_code")
                .query(String.class).list());
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    static void rule(Path book, String file, String name, String condition, String action) throws IOException {
        Files.writeString(book.resolve(file), HEADER.formatted(file.replace(".drl", "").replace("-", ""))
                + "rule \"" + name + "\"\nwhen\n    $c : CustomerProfile( " + condition + " )\nthen\n    " + action
                + "\nend\n");
    }

    private static Path folder(String name) {
        try {
            return Files.createTempDirectory("preview-" + name);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
