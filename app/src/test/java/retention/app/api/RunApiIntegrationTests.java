package retention.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import retention.app.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * Starting a night through the API: it runs in the background, its report appears under runs, and a completed
 * night is neither started nor restarted again.
 */
class RunApiIntegrationTests extends ApiIntegrationTest {

    private static final String NIGHT = "2026-01-15";

    @Test
    void startsANightInTheBackgroundReportsItAndRefusesToRunItTwice() {
        ApiClient.Answer started = as(Role.OPERATOR).postJson("/api/v1/runs", "{\"runDate\":\"" + NIGHT + "\"}");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("follow").asString()).isEqualTo("/api/v1/runs?runDate=" + NIGHT);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode runs = as(Role.VIEWER).get("/api/v1/runs?runDate=" + NIGHT).json();
            return !runs.isEmpty() && runs.get(0).get("status").asString().equals("COMPLETED");
        });

        JsonNode run = as(Role.VIEWER).get("/api/v1/runs?runDate=" + NIGHT).json().get(0);
        assertThat(run.get("steps")).extracting(step -> step.get("name").asString())
                .filteredOn(name -> !name.contains(":"))
                .containsExactly("checkDataStep", "snapshotFeaturesStep", "evaluateRulesStep", "planDispatchStep");
        assertThat(run.get("ruleBookVersionId").isNull()).isFalse();
        assertThat(run.get("report").get("forced").asBoolean()).isFalse();
        assertThat(run.get("report").get("counts")).extracting(c -> c.get("section").asString()).contains("STEP");
        assertThat(as(Role.VIEWER).get("/api/v1/runs/" + run.get("executionId").asLong()).json().get("runDate")
                .asString()).isEqualTo(NIGHT);
        assertThat(as(Role.OPERATOR).postJson("/api/v1/runs", "{\"runDate\":\"" + NIGHT + "\"}").status())
                .isEqualTo(409);
        assertThat(as(Role.OPERATOR).postJson("/api/v1/runs/" + run.get("executionId").asLong() + "/restart", "{}")
                .status()).isEqualTo(409);
    }

    @Test
    void runsACompletedNightAgainOnlyWhenForced() {
        String night = LocalDate.parse(NIGHT).minusDays(1).toString();
        as(Role.OPERATOR).postJson("/api/v1/runs", "{\"runDate\":\"" + night + "\"}");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> completed(night) == 1);

        ApiClient.Answer forced = as(Role.OPERATOR).postJson("/api/v1/runs", "{\"runDate\":\"" + night + "\",\"force\":true}");

        assertThat(forced.status()).as(forced.toString()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> completed(night) == 2);
        JsonNode latest = as(Role.VIEWER).get("/api/v1/runs?runDate=" + night).json().get(0);
        assertThat(latest.get("report").get("forced").asBoolean()).isTrue();
    }

    private long completed(String night) {
        JsonNode runs = as(Role.VIEWER).get("/api/v1/runs?runDate=" + night).json();
        long count = 0;
        for (JsonNode run : runs) {
            count += run.get("status").asString().equals("COMPLETED") ? 1 : 0;
        }
        return count;
    }
}
