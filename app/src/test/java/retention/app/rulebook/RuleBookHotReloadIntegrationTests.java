package retention.app.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import retention.app.RetentionApplication;
import retention.batch.rulebook.RuleBooks;
import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * The service against a temporary rule book folder on a real MySQL-protocol server: a valid edit goes live, a broken
 * one is refused with its file and line while the last good version keeps running.
 */
class RuleBookHotReloadIntegrationTests {

    static final String HEADER = "package rulebook.%s;\n\nimport retention.rules.facts.*;\n"
            + "import function retention.rules.book.Proposals.propose;\n\n";

    @TempDir
    static Path folder;

    static TestDatabase database;
    static ConfigurableApplicationContext context;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(folder.resolve("actions.csv"), "code,kind,cost,description\nCARE,MESSAGE,5,care\n");
        write("at-risk.drl", "atrisk", "At risk: care", "stage == Stage.AT_RISK");
        database = TestDatabases.create();
        // As arguments, because they must win over application.properties.
        context = new SpringApplicationBuilder(RetentionApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(), "--retention.rules.dir=" + folder,
                        "--retention.rules.reload.enabled=true", "--retention.rules.reload.interval=50ms",
                        "--retention.rules.reload.debounce=200ms", "--spring.quartz.auto-startup=false",
                        "--logging.file.name=" + folder.resolve("retention.log"));
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        database.drop();
    }

    @Test
    void swapsInAValidChangeAndKeepsTheLastGoodVersionWhenAnEditIsBroken() throws IOException {
        RuleBookReloader reloader = context.getBean(RuleBookReloader.class);
        RuleBooks ruleBooks = context.getBean(RuleBooks.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(reloader.status().liveVersion()).as(reloader.status().toString()).isNotNull());
        long first = reloader.status().liveVersion().id();

        write("churned.drl", "churned", "Churned: care", "stage == Stage.CHURNED");

        await().atMost(Duration.ofSeconds(30)).until(() -> reloader.status().liveVersion().id() != first);
        long second = reloader.status().liveVersion().id();
        assertThat(ruleBooks.live().version().id()).isEqualTo(second);
        assertThat(ruleBooks.live().book().ruleNames()).containsExactly("At risk: care", "Churned: care");
        assertThat(reloader.status().lastError()).isNull();

        Files.writeString(folder.resolve("broken.drl"), HEADER.formatted("broken")
                + "rule \"Missing parenthesis\"\nwhen\n    $c : CustomerProfile( stage == Stage.CHURNED\nthen\n"
                + "    propose($c, \"CARE\");\nend\n");

        await().atMost(Duration.ofSeconds(30)).until(() -> reloader.status().lastError() != null);
        RuleBookStatus refused = reloader.status();
        assertThat(refused.liveVersion().id()).isEqualTo(second);
        assertThat(refused.lastError()).contains("v" + second).contains("stays live");
        assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).startsWith("broken.drl:9:"));
        assertThat(ruleBooks.live().version().id()).isEqualTo(second);
        assertThat(storedVersions()).isEqualTo(2);
    }

    private static long storedVersions() {
        return JdbcClient.create(context.getBean(javax.sql.DataSource.class))
                .sql("SELECT COUNT(*) FROM rule_book_version").query(Long.class).single();
    }

    static void write(String file, String pkg, String name, String condition) throws IOException {
        Files.writeString(folder.resolve(file), HEADER.formatted(pkg) + "rule \"" + name + "\"\nwhen\n"
                + "    $c : CustomerProfile( " + condition + " )\nthen\n    propose($c, \"CARE\");\nend\n");
    }
}
