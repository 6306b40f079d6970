package retention.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class BatchObservationsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
            .withUserConfiguration(BatchObservations.class)
            // A registry without handlers observes nothing at all; Actuator's meter handler stands for one here.
            .withBean(ObservationHandler.class, () -> context -> true);

    @Test
    void dropsTheObservationOfEachItemAndKeepsStepsAndChunks() {
        context.run(app -> {
            ObservationRegistry registry = app.getBean(ObservationRegistry.class);

            assertThat(Observation.createNotStarted("spring.batch.item.read", registry).isNoop()).isTrue();
            assertThat(Observation.createNotStarted("spring.batch.item.process", registry).isNoop()).isTrue();
            assertThat(Observation.createNotStarted("spring.batch.step", registry).isNoop()).isFalse();
            assertThat(Observation.createNotStarted("spring.batch.chunk.write", registry).isNoop()).isFalse();
        });
    }
}
