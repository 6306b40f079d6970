package retention.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import retention.app.security.Role;

/**
 * Prometheus scrapes the product's own gauges with a key; the health probe answers without one and without
 * details.
 */
class MetricsIntegrationTests extends ApiIntegrationTest {

    @Test
    void exposesTheProductsGaugesToPrometheus() {
        ApiClient.Answer scrape = as(Role.VIEWER).get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("retention_outbox_depth", "retention_rulebook_version",
                "http_server_requests_seconds");
    }

    @Test
    void answersTheHealthProbeWithoutAKeyOrDetails() {
        ApiClient.Answer health = withKey(null).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("db").doesNotContain("diskSpace");
    }
}
