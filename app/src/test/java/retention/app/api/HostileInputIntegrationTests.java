package retention.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import retention.app.security.Role;

/**
 * What an attacker or a careless script might send: SQL and HTML in parameters, oversized bodies, bad dates, unknown
 * fields, path tricks in URLs and uploads. Each gets a clear 4xx and changes nothing.
 */
class HostileInputIntegrationTests extends ApiIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = { "' OR '1'='1", "x'; DROP TABLE retention_action; --", "1 UNION SELECT key_hash FROM api_key",
            "<script>alert(1)</script>" })
    void treatsSqlAndHtmlInAFilterAsPlainTextThatMatchesNothing(String hostile) {
        long before = jdbc.sql("SELECT COUNT(*) FROM retention_action").query(Long.class).single();

        ApiClient.Answer byRule = as(Role.VIEWER).get("/api/v1/actions?rule=" + encode(hostile));
        ApiClient.Answer byCode = as(Role.VIEWER).get("/api/v1/actions?actionCode=" + encode(hostile));
        ApiClient.Answer byCustomer = as(Role.VIEWER).get("/api/v1/actions?customerId=" + encode(hostile));

        assertThat(byRule.status()).isEqualTo(200);
        assertThat(byRule.json().get("items")).isEmpty();
        assertThat(byCode.status()).isEqualTo(400);
        assertThat(byCode.json().get("errors").get(0).get("field").asString()).isEqualTo("actionCode");
        assertThat(byCustomer.status()).isEqualTo(400);
        assertThat(byCustomer.json().get("errors").get(0).get("field").asString()).isEqualTo("customerId");
        for (ApiClient.Answer answer : new ApiClient.Answer[] { byRule, byCode, byCustomer }) {
            assertThat(answer.contentType()).doesNotContain("html");
            assertThat(answer.body()).doesNotContain("<script>");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_action").query(Long.class).single()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({ "from=2026-02-30, from", "from=23/11/2026, from", "to=2026-11-23T00:00, to",
            "from=2026-11-23&to=2026-11-01, to", "from=2020-01-01&to=2026-01-01, to", "from=1500-01-01, from",
            "limit=0, limit", "limit=100000, limit", "limit=-5, limit", "cursor=not-a-cursor, cursor",
            "cursor=MTo5OTk5LTk5LTk5Ojk5, cursor", "channel=CARRIER_PIGEON, channel", "status=planned, status",
            "custmerId=1, custmerId" })
    void refusesABadParameterNamingIt(String query, String field) {
        ApiClient.Answer answer = as(Role.VIEWER).get("/api/v1/actions?" + query);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(answer.json().get("errors").get(0).get("reason").asString()).isNotBlank();
    }

    @Test
    void refusesAnExportWithoutARangeOrLongerThanAYear() {
        assertThat(as(Role.VIEWER).get("/api/v1/exports/actions?from=2026-01-01").status()).isEqualTo(400);
        ApiClient.Answer tooLong = as(Role.VIEWER).get("/api/v1/exports/actions?from=2024-01-01&to=2026-01-01");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("366 days");
        assertThat(as(Role.VIEWER).get("/api/v1/exports/actions?from=2026-01-01&to=2026-01-02&format=xml").status())
                .isEqualTo(400);
    }

    @Test
    void refusesBadReportQueriesNamingTheField() {
        ApiClient.Answer badGrouping = as(Role.VIEWER).get("/api/v1/reports/uplift?by=" + encode("rule' OR 1=1"));
        assertThat(badGrouping.status()).isEqualTo(400);
        assertThat(badGrouping.json().get("errors").get(0).get("field").asString()).isEqualTo("by");
        assertThat(as(Role.VIEWER).get("/api/v1/reports/kpis?by=stage&from=2026-13-01").status()).isEqualTo(400);
        assertThat(as(Role.VIEWER).get("/api/v1/reports/kpis?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);
        assertThat(as(Role.VIEWER).get("/api/v1/reports/uplift?from=2020-01-01&to=2026-01-01").status())
                .isEqualTo(400);
        assertThat(as(Role.VIEWER).get("/api/v1/reports/uplift?rule=x").status()).isEqualTo(400);

        ApiClient.Answer empty = as(Role.VIEWER).get("/api/v1/reports/uplift?by=action&from=2026-01-01&to=2026-01-31");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("by").asString()).isEqualTo("action");
        assertThat(empty.json().get("windowDays").asInt()).isEqualTo(14);
        assertThat(empty.json().get("items").isArray()).isTrue();
    }

    @Test
    void refusesUnknownJsonFieldsNamingThem() {
        ApiClient.Answer answer = as(Role.ADMIN).postJson("/api/v1/keys",
                "{\"name\":\"x\",\"role\":\"VIEWER\",\"isAdmin\":true}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("isAdmin");
        assertThat(answer.json().get("errors").get(0).get("reason").asString()).isEqualTo("unknown field");
    }

    @Test
    void refusesMalformedJsonAndWrongTypes() {
        assertThat(as(Role.ADMIN).postJson("/api/v1/keys", "{\"name\":").status()).isEqualTo(400);
        ApiClient.Answer wrongType = as(Role.OPERATOR).postJson("/api/v1/runs", "{\"runDate\":\"yesterday\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("runDate");
    }

    @Test
    void refusesToStartANightInTheFutureOrBeforeTheProductsYears() {
        for (String date : new String[] { "2999-01-01", "1999-12-31", "2026-11-31" }) {
            ApiClient.Answer answer = as(Role.OPERATOR).postJson("/api/v1/runs", "{\"runDate\":\"" + date + "\"}");
            assertThat(answer.status()).as(date + " " + answer).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("runDate");
        }
    }

    @Test
    void refusesAnOversizedJsonBodyWith413() {
        String huge = "{\"name\":\"" + "x".repeat(100_000) + "\",\"role\":\"VIEWER\"}";

        ApiClient.Answer answer = as(Role.ADMIN).postJson("/api/v1/keys", huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_key WHERE LENGTH(name) > 1000").query(Long.class).single())
                .isZero();
    }

    @Test
    void refusesAKeyNameWithControlCharactersOrOfExcessiveLength() {
        assertThat(as(Role.ADMIN).postJson("/api/v1/keys", "{\"name\":\"a\\u0000b\",\"role\":\"VIEWER\"}").status())
                .isEqualTo(400);
        assertThat(as(Role.ADMIN).postJson("/api/v1/keys", "{\"name\":\"" + "n".repeat(101) + "\",\"role\":\"VIEWER\"}")
                .status()).isEqualTo(400);
        assertThat(as(Role.ADMIN).postJson("/api/v1/keys", "{\"name\":\"n\",\"role\":\"ROOT\"}").status())
                .isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/actions/..%2F..%2Fkeys", "/api/v1/actions/1%00", "/api/v1/actions/%2e%2e/keys",
            "/api/v1/rule-book/versions/1;drop", "/api/v1/actions/-1", "/api/v1/actions/99999999999999999999",
            "/api/v1//actions", "/api/v1/actions/1/../../keys" })
    void answersPathTricksWithoutReachingAnotherResource(String path) {
        ApiClient.Answer answer = as(Role.VIEWER).get(path);

        assertThat(answer.status()).as(answer.toString()).isIn(400, 403, 404);
        assertThat(answer.body()).doesNotContain("key_hash").doesNotContain("\"secret\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "../escape.drl", "/etc/passwd.drl", "a/../../b.drl", "C:\\rules\\x.drl", "x\u0000.drl",
            "./hidden.drl" })
    void refusesUploadedFileNamesThatLeaveTheRuleBook(String name) {
        ApiClient.Answer answer = as(Role.EDITOR).post("/api/v1/rules/validate", Multipart.CONTENT_TYPE,
                Multipart.files(Map.of(name, "package x;".getBytes(StandardCharsets.UTF_8))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("files");
    }

    @Test
    void refusesAZipWhoseEntriesLeaveTheRuleBook() throws IOException {
        ApiClient.Answer answer = as(Role.EDITOR).post("/api/v1/rules/validate", "application/zip",
                zip(Map.of("../../evil.drl", "package x;".getBytes(StandardCharsets.UTF_8))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    }

    @Test
    void refusesAZipBombByCountingWhatItInflatesTo() throws IOException {
        byte[] bomb = zip(Map.of("big.drl", new byte[20 * 1024 * 1024]));
        assertThat(bomb.length).isLessThan(100_000);

        ApiClient.Answer answer = as(Role.EDITOR).post("/api/v1/rules/validate", "application/zip", bomb);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.body()).contains("larger than");
    }

    @Test
    void refusesAMalformedZip() {
        ApiClient.Answer answer = as(Role.EDITOR).post("/api/v1/rules/validate", "application/zip",
                "PK\u0003\u0004 definitely not a zip".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    }

    @Test
    void refusesAWebhookUrlThatIsNotHttp() {
        for (String url : new String[] { "file:///etc/passwd", "javascript:alert(1)", "http://user:pw@127.0.0.1/x",
                "gopher://127.0.0.1:25/", "not a url" }) {
            ApiClient.Answer answer = as(Role.OPERATOR).postJson("/api/v1/webhooks",
                    "{\"url\":\"" + url + "\",\"events\":[\"action\"]}");
            assertThat(answer.status()).as(url + " " + answer).isEqualTo(400);
        }
    }

    @Test
    void refusesAnOverlongApiKeyWithoutLookingItUp() {
        assertThat(withKey("rk_" + "a".repeat(5000)).get("/api/v1/actions").status()).isIn(400, 401);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
