package retention.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service gets its first administrator key.
 *
 * @param bootstrapAdminKey an ADMIN key to store at start-up (default: the {@code RETENTION_BOOTSTRAP_ADMIN_KEY}
 * environment variable, or none: then, while no ADMIN key exists, one is generated and printed once)
 */
@ConfigurationProperties("retention.security")
record SecurityProperties(String bootstrapAdminKey) {
}
