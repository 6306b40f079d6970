package retention.app.security;

import java.io.PrintStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Gives a new installation its first ADMIN key: the one in {@code RETENTION_BOOTSTRAP_ADMIN_KEY} when set, otherwise
 * a generated one printed once to the console (never to the log), only while no active ADMIN key exists.
 */
@Component
@ConditionalOnWebApplication
class BootstrapAdminKey implements ApplicationRunner {

    private final ApiKeys keys;
    private final SecurityProperties properties;
    private final PrintStream console;

    @Autowired
    BootstrapAdminKey(ApiKeys keys, SecurityProperties properties) {
        this(keys, properties, System.out);
    }

    BootstrapAdminKey(ApiKeys keys, SecurityProperties properties, PrintStream console) {
        this.keys = keys;
        this.properties = properties;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        String configured = properties.bootstrapAdminKey();
        if (configured != null && !configured.isBlank()) {
            if (configured.trim().length() < ApiKeySecret.MIN_LENGTH) {
                throw new IllegalStateException("RETENTION_BOOTSTRAP_ADMIN_KEY must be at least "
                        + ApiKeySecret.MIN_LENGTH + " characters of random text");
            }
            keys.storeIfAbsent(configured.trim(), "bootstrap admin", Role.ADMIN, "RETENTION_BOOTSTRAP_ADMIN_KEY");
            return;
        }
        if (!keys.anyActiveAdmin()) {
            ApiKeys.CreatedKey created = keys.create("bootstrap admin", Role.ADMIN, false, "first start");
            console.println("No ADMIN API key existed, so one was created. It is shown this once and stored only as a "
                    + "hash:");
            console.println("  X-API-Key: " + created.secret());
            console.println("Create keys for integrators with POST /api/v1/keys (docs/api.md).");
            console.flush();
        }
    }
}
