package retention.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import retention.app.security.Role;

/**
 * Every endpoint called by every kind of caller, through the real filter chain over HTTP: no key, an unknown key,
 * and a key of each role. A caller below the endpoint's role gets 403, a caller without a valid key 401, and a
 * caller with the role gets past security (whatever the endpoint then answers to the request, never a 500).
 */
class RoleMatrixIntegrationTests extends ApiIntegrationTest {

    /** Who calls: a role, or no key, or a key that does not exist. */
    enum Caller { NO_KEY, UNKNOWN_KEY, VIEWER, EDITOR, OPERATOR, ADMIN }

    private static byte[] emptyRuleBookZip() {
        try {
            return HostileInputIntegrationTests.zip(java.util.Map.of("actions.csv",
                    "code,kind,cost,description\n".getBytes(StandardCharsets.UTF_8)));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    record Endpoint(String method, String path, String contentType, byte[] body, Role needs) {

        static Endpoint get(String path, Role needs) {
            return new Endpoint("GET", path, null, null, needs);
        }

        static Endpoint post(String path, String json, Role needs) {
            return new Endpoint("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), needs);
        }

        static Endpoint delete(String path, Role needs) {
            return new Endpoint("DELETE", path, null, null, needs);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        byte[] upload = Multipart.files(Map.of("../escape.drl", "rule".getBytes(StandardCharsets.UTF_8)));
        return List.of(
                Endpoint.get("/api/v1/actions", Role.VIEWER),
                Endpoint.get("/api/v1/reports/uplift?from=2026-10-01&to=2026-11-01", Role.VIEWER),
                Endpoint.get("/api/v1/reports/kpis?by=segment", Role.VIEWER),
                Endpoint.get("/api/v1/actions/1", Role.VIEWER),
                Endpoint.get("/api/v1/deliveries", Role.VIEWER),
                Endpoint.get("/api/v1/deliveries/1", Role.VIEWER),
                Endpoint.get("/api/v1/skips?runDate=2026-11-23", Role.VIEWER),
                Endpoint.get("/api/v1/runs", Role.VIEWER),
                Endpoint.get("/api/v1/runs/1", Role.VIEWER),
                Endpoint.post("/api/v1/runs", "{}", Role.OPERATOR),
                Endpoint.post("/api/v1/runs/999999/restart", "{}", Role.OPERATOR),
                Endpoint.get("/api/v1/rule-book/versions", Role.VIEWER),
                Endpoint.get("/api/v1/rule-book/versions/1", Role.VIEWER),
                Endpoint.get("/api/v1/customers/1/facts", Role.VIEWER),
                new Endpoint("POST", "/api/v1/rules/validate", Multipart.CONTENT_TYPE, upload, Role.EDITOR),
                new Endpoint("POST", "/api/v1/rules/preview", "application/zip", emptyRuleBookZip(), Role.EDITOR),
                Endpoint.get("/api/v1/exports/actions?from=2020-01-01&to=2020-01-02", Role.VIEWER),
                Endpoint.get("/api/v1/exports/deliveries?from=2020-01-01&to=2020-01-02&format=jsonl", Role.VIEWER),
                Endpoint.get("/api/v1/webhooks", Role.OPERATOR),
                Endpoint.post("/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"action\"]}",
                        Role.OPERATOR),
                Endpoint.delete("/api/v1/webhooks/999999", Role.OPERATOR),
                Endpoint.get("/api/v1/webhooks/999999/posts", Role.OPERATOR),
                Endpoint.get("/api/v1/keys", Role.ADMIN),
                Endpoint.post("/api/v1/keys", "{\"name\":\"matrix\",\"role\":\"VIEWER\"}", Role.ADMIN),
                Endpoint.delete("/api/v1/keys/999999", Role.ADMIN),
                Endpoint.get("/api/v1/openapi.yaml", Role.VIEWER),
                Endpoint.get("/actuator/prometheus", Role.VIEWER),
                Endpoint.get("/actuator/metrics", Role.VIEWER),
                Endpoint.get("/actuator/info", Role.VIEWER),
                Endpoint.get("/actuator/health", null),
                Endpoint.get("/api/v1/no-such-thing", Role.ADMIN));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(endpoint, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void answersEachCallerAsItsRoleAllows(Endpoint endpoint, Caller caller) {
        ApiClient client = switch (caller) {
            case NO_KEY -> withKey(null);
            case UNKNOWN_KEY -> withKey("rk_this-key-was-never-issued-by-the-service-000000");
            default -> as(Role.valueOf(caller.name()));
        };
        ApiClient.Answer answer = endpoint.body() == null ? client.send(endpoint.method(), endpoint.path())
                : client.post(endpoint.path(), endpoint.contentType(), endpoint.body());

        if (endpoint.needs() == null) {
            // A public path answers without a key; a key that is sent must still be valid.
            assertThat(answer.status()).as(answer.toString()).isEqualTo(caller == Caller.UNKNOWN_KEY ? 401 : 200);
        }
        else if (caller == Caller.NO_KEY || caller == Caller.UNKNOWN_KEY) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        else if (includes(Role.valueOf(caller.name()), endpoint.needs())) {
            assertThat(answer.status()).as(answer.toString()).isNotIn(401, 403, 500);
        }
        else {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    /** The documented hierarchy: ADMIN includes everything, EDITOR and OPERATOR each include VIEWER. */
    static boolean includes(Role held, Role needed) {
        return held == needed || held == Role.ADMIN
                || (needed == Role.VIEWER && (held == Role.EDITOR || held == Role.OPERATOR));
    }
}
