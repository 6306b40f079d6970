package retention.app;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Bean;

import retention.app.cli.RetentionCommandLine;

/**
 * The retention application. {@link #main} is the {@code ./retention} command line, which starts a Spring context
 * only for the commands that need the database.
 */
@SpringBootApplication(scanBasePackages = "retention")
public class RetentionApplication {

    public static void main(String[] args) {
        // Commands without a Spring context (rules validate, test, facts fit) would otherwise print Drools' INFO
        // lines between their own; a context, when one starts, configures logging afresh from its properties.
        LoggingSystem.get(RetentionApplication.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME,
                LogLevel.WARN);
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
