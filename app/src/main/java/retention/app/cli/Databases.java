package retention.app.cli;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Names the database a command works on, without its credentials.
 */
final class Databases {

    private Databases() {
    }

    static String describe(ConfigurableApplicationContext context) {
        String url = context.getEnvironment().getProperty("spring.datasource.url", "?");
        String withoutSecrets = url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***");
        return url.startsWith("jdbc:h2:") ? "embedded H2 (" + withoutSecrets + ")" : withoutSecrets;
    }
}
