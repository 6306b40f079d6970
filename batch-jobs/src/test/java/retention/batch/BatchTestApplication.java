package retention.batch;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The batch jobs with the data access they need, for integration tests of this module.
 */
@SpringBootApplication(scanBasePackages = { "retention.batch", "retention.db" })
public class BatchTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
