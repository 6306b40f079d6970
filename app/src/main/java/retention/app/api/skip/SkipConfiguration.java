package retention.app.api.skip;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The skip log while the nightly run keeps none: always empty. Any other {@link Skips} bean replaces it.
 */
@Configuration(proxyBeanMethods = false)
class SkipConfiguration {

    @Bean
    @ConditionalOnMissingBean(Skips.class)
    Skips noSkips() {
        return (LocalDate runDate, long afterId, int limit) -> List.of();
    }
}
