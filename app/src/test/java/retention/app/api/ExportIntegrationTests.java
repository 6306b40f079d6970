package retention.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import retention.app.security.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports over HTTP: every row of the range once, in order, as CSV or JSON Lines, with contact data masked and
 * spreadsheet formulas defused. The export at volume is measured in docs/benchmarks.md.
 */
class ExportIntegrationTests extends ApiIntegrationTest {

    private static final int ROWS = 20_000;
    private static final String DIGITS = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 "
            + "UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 "
            + "UNION ALL SELECT 9)";
    private static boolean seeded;

    @BeforeEach
    void seed() {
        synchronized (ExportIntegrationTests.class) {
            if (seeded) {
                return;
            }
            // Set-based, as the benchmark does at ten million rows: five digits cross-joined give the numbers.
            jdbc.sql("INSERT INTO retention_action (run_date, customer_id, action_code, kind, status, channel, "
                    + "rule_name, rule_book_version_id, priority, reason, explanation, created_at) "
                    + "SELECT DATE_ADD('2024-06-01', INTERVAL i MOD 2 DAY), 500000 + i, 'WINBACK_DISCOUNT', 'MESSAGE', "
                    + "'PLANNED', 'EMAIL', 'Churned, price-sensitive', 3, 60, "
                    + "IF(i = 1, '=HYPERLINK(\"http://evil.example\")', 'because, \"quoted\"'), "
                    + "CONCAT('stage = CHURNED; n = ', i), '2024-06-01 02:00:00' FROM (SELECT "
                    + "a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 1 AS i FROM " + DIGITS + " a, " + DIGITS
                    + " b, " + DIGITS + " c, " + DIGITS + " e, " + DIGITS + " f) n WHERE i <= " + ROWS).update();
            jdbc.sql("INSERT INTO customer (id, name, email, language, time_zone, registered_at) "
                    + "VALUES (500001, 'Li Na', 'li.na@example.com', 'zh-CN', 'Asia/Shanghai', '2024-01-01 00:00:00')")
                    .update();
            jdbc.sql("INSERT INTO outbox (action_id, run_date, customer_id, channel, language, status, send_at, "
                    + "expires_at, idempotency_key) SELECT id, run_date, customer_id, channel, 'zh', 'SENT', "
                    + "'2024-06-02 02:00:00', '2024-06-03 02:00:00', CONCAT('export-', id) FROM retention_action "
                    + "WHERE customer_id = 500001").update();
            seeded = true;
        }
    }

    @Test
    void exportsEveryActionOfTheRangeOnceAsCsvInRunDateOrder() {
        ApiClient.Answer answer = as(Role.VIEWER).get("/api/v1/exports/actions?from=2024-06-01&to=2024-06-02");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/csv");
        List<String> lines = answer.body().lines().toList();
        assertThat(lines.get(0)).startsWith("id,run_date,customer_id,action_code,kind,status,channel,rule_name,");
        assertThat(lines).hasSize(ROWS + 1);
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",")[1]).isSorted();
        assertThat(answer.body()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
                .contains("\"because, \"\"quoted\"\"\"");
    }

    @Test
    void exportsJsonLinesThatEachParse() {
        ApiClient.Answer answer = as(Role.VIEWER).get("/api/v1/exports/actions?from=2024-06-02&to=2024-06-02&format=jsonl");

        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> rows = answer.body().lines().map(json::readTree).toList();
        assertThat(answer.contentType()).startsWith("application/jsonl");
        assertThat(rows).hasSize(ROWS / 2);
        assertThat(rows.get(0).get("run_date").asString()).isEqualTo("2024-06-02");
        assertThat(rows.get(0).get("explanation").asString()).startsWith("stage = CHURNED");
    }

    @Test
    void masksRecipientsInADeliveriesExportUnlessTheKeyMayReadThem() {
        String masked = as(Role.VIEWER).get("/api/v1/exports/deliveries?from=2024-06-01&to=2024-06-02").body();
        String clear = withKey(piiKey()).get("/api/v1/exports/deliveries?from=2024-06-01&to=2024-06-02").body();

        assertThat(masked).contains("l***@example.com").doesNotContain("li.na@example.com");
        assertThat(clear).contains("li.na@example.com");
    }
}
