package retention.app.dispatch;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The channels as configured, the threads that send, and this instance's name.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DispatchProperties.class)
class DispatchConfiguration {

    @Bean(destroyMethod = "close")
    Channels channels(DispatchProperties properties, ObjectProvider<JavaMailSender> mail, JdbcClient jdbc, Clock clock) {
        return new Channels(properties, mail.getIfAvailable(), jdbc, clock);
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService dispatchSenders(DispatchProperties properties) {
        return Executors.newFixedThreadPool(properties.threads(), runnable -> {
            Thread thread = new Thread(runnable, "dispatch-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    DispatchInstance dispatchInstance() {
        return DispatchInstance.current();
    }
}
