package retention.app;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import retention.app.cli.RetentionCommandLine;

/**
 * The retention application. {@link #main} is the {@code ./retention} command line, which starts a Spring context
 * only for the commands that need the database.
 */
@SpringBootApplication(scanBasePackages = "retention")
public class RetentionApplication {

    public static void main(String[] args) {
        int exit = RetentionCommandLine.execute(args);
        if (exit != RetentionCommandLine.KEEP_RUNNING) {
            System.exit(exit);
        }
    }

    /** Every stored time is UTC; tests replace the clock to run a night at a chosen instant. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
