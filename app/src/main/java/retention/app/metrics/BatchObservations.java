package retention.app.metrics;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps Spring Batch's observations of jobs, steps and chunks, and drops those of single items. Spring Batch 6
 * observes every item a chunk-oriented step reads and processes, and with Actuator's registry each observation
 * starts and stops a timer and a long-task timer: on the nightly run over a million customers that was an eighth of
 * the evaluation threads' time (JFR, docs/benchmarks.md), for timers nobody reads, since the run report and the
 * progress log already give each step's counts and rate.
 */
@Configuration(proxyBeanMethods = false)
class BatchObservations {

    static final String ITEM_OBSERVATIONS = "spring.batch.item.";

    @Bean
    ObservationPredicate noBatchItemObservations() {
        return (name, context) -> !name.startsWith(ITEM_OBSERVATIONS);
    }
}
