package retention.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import retention.app.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * The rule book owners' commands over HTTP: validation and preview of uploaded files with every problem located,
 * and the stored versions.
 */
class RulesApiIntegrationTests extends ApiIntegrationTest {

    private static final String BROKEN = """
            package rulebook.broken;

            import retention.rules.facts.*;
            import function retention.rules.book.Proposals.propose;

            rule "Missing parenthesis"
            when
                $c : CustomerProfile( stage == Stage.CHURNED
            then
                propose($c, "WINBACK_DISCOUNT");
            end
            """;

    @Test
    void validatesTheDefaultRuleBookSentAsAZip() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Path book = Path.of(ApiTestDatabase.ruleBookDir());
        try (Stream<Path> paths = Files.walk(book)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(book.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }

        ApiClient.Answer answer = as(Role.EDITOR).post("/api/v1/rules/validate", "application/zip",
                HostileInputIntegrationTests.zip(files));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("valid").asBoolean()).isTrue();
        assertThat(answer.json().get("ruleCount").asInt()).isPositive();
        assertThat(answer.json().get("contentHash").asString()).hasSize(64);
    }

    @Test
    void locatesEachProblemByFileLineAndColumn() {
        ApiClient.Answer answer = as(Role.EDITOR).post("/api/v1/rules/validate", Multipart.CONTENT_TYPE,
                Multipart.files(Map.of("actions.csv", "code,kind,cost,description\nWINBACK_DISCOUNT,MESSAGE,50,d\n"
                        .getBytes(StandardCharsets.UTF_8), "broken.drl", BROKEN.getBytes(StandardCharsets.UTF_8),
                        "README.md", "notes".getBytes(StandardCharsets.UTF_8))));

        JsonNode result = answer.json();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("problems").get(0).get("location").asString()).matches("broken\\.drl:9:\\d+");
        assertThat(result.get("ignored").get(0).asString()).isEqualTo("README.md");
    }

    @Test
    void previewsAnUploadedRuleBookOnTheStoredFactsOfANight() throws IOException {
        jdbc.sql("INSERT INTO customer_feature (run_date, customer_id, stage, registered_days, orders_total, frequency, "
                + "monetary, language, preferred_channel, reachable_channels) VALUES ('2026-11-02', 77, 'POTENTIAL', "
                + "30, 0, 0, 0, 'zh-CN', 'SMS', 'SMS') ON DUPLICATE KEY UPDATE stage = stage").update();
        Map<String, byte[]> files = defaultRuleBook();
        files.put("extra.drl", ("package rulebook.extra;\nimport retention.rules.facts.*;\n"
                + "import function retention.rules.book.Proposals.propose;\n"
                + "rule \"Everyone potential: a callback\"\n    salience 99\nwhen\n"
                + "    $c : CustomerProfile( stage == Stage.POTENTIAL )\nthen\n"
                + "    propose($c, \"CALLBACK_TASK\").via(Channel.PHONE);\nend\n").getBytes(StandardCharsets.UTF_8));

        ApiClient.Answer answer = as(Role.EDITOR).post("/api/v1/rules/preview?runDate=2026-11-02", "application/zip",
                HostileInputIntegrationTests.zip(files));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("customers").asLong()).isEqualTo(1);
        assertThat(answer.json().get("changes").toString()).contains("CALLBACK_TASK");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_action WHERE run_date = '2026-11-02'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void refusesToPreviewABrokenRuleBookNamingEachProblem() {
        ApiClient.Answer answer = as(Role.EDITOR).post("/api/v1/rules/preview", Multipart.CONTENT_TYPE,
                Multipart.files(Map.of("actions.csv", "code,kind,cost,description\nWINBACK_DISCOUNT,MESSAGE,50,d\n"
                        .getBytes(StandardCharsets.UTF_8), "broken.drl", BROKEN.getBytes(StandardCharsets.UTF_8))));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("problems").get(0).get("location").asString()).matches("broken\\.drl:9:\\d+");
    }

    private static Map<String, byte[]> defaultRuleBook() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Path book = Path.of(ApiTestDatabase.ruleBookDir());
        try (Stream<Path> paths = Files.walk(book)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(book.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void showsAStoredVersionWithWhenByWhomAndItsFiles() {
        jdbc.sql("INSERT INTO rule_book_version (content_hash, loaded_at, loaded_by, source, file_count, rule_count) "
                + "VALUES (REPEAT('b', 64), '2026-11-20 09:30:00', 'li.na', '/srv/rulebook', 1, 1)").update();
        long id = jdbc.sql("SELECT id FROM rule_book_version WHERE content_hash = REPEAT('b', 64)").query(Long.class)
                .single();
        jdbc.sql("INSERT INTO rule_book_file (version_id, path, content) VALUES (?, 'churned.drl', ?)")
                .params(id, BROKEN.getBytes(StandardCharsets.UTF_8)).update();

        JsonNode version = as(Role.VIEWER).get("/api/v1/rule-book/versions/" + id).json();

        assertThat(version.get("loadedBy").asString()).isEqualTo("li.na");
        assertThat(version.get("loadedAt").asString()).isEqualTo("2026-11-20T09:30:00");
        assertThat(version.get("files").get(0).get("text").asString()).contains("rule \"Missing parenthesis\"");
        assertThat(as(Role.VIEWER).get("/api/v1/rule-book/versions").json()).isNotEmpty();
    }
}
