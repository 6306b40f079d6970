package retention.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WebhookPropertiesTests {

    @Test
    void bindsTheDocumentedDefaults() {
        WebhookProperties properties = new Binder(new MapConfigurationPropertySource(Map.of("retention.webhooks.enabled",
                "true"))).bindOrCreate("retention.webhooks", WebhookProperties.class);

        assertThat(properties.pollInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.maxAttempts()).isEqualTo(8);
        assertThat(properties.initialBackoff()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void doublesTheWaitAfterEachFailureUpToTheCap() {
        WebhookProperties properties = new WebhookProperties(true, Duration.ofSeconds(10), 500, 8,
                Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(10));

        assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.backoff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(properties.backoff(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.backoff(30)).isEqualTo(Duration.ofMinutes(5));
    }
}
