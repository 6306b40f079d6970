package retention.app.api;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import retention.app.RetentionApplication;
import retention.app.security.ApiKeys;
import retention.app.security.Role;
import retention.db.test.TestDatabase;

/**
 * The whole service on a random loopback port against a real MySQL-protocol database, reached over HTTP through the
 * real security filter chain. Subclasses share the context and get a key per role.
 */
@SpringBootTest(classes = RetentionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.quartz.auto-startup=false", "retention.webhooks.enabled=false",
                "retention.webhooks.initial-backoff=50ms", "retention.webhooks.max-backoff=200ms",
                "retention.webhooks.max-attempts=3", "retention.webhooks.poll-interval=1h",
                "retention.metrics.refresh-interval=1h", "server.address=127.0.0.1",
                "retention.security.bootstrap-admin-key=" + ApiTestDatabase.ADMIN_KEY })
public abstract class ApiIntegrationTest {

    private static final Map<Role, String> KEYS = new EnumMap<>(Role.class);
    private static String piiKey;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private ApiKeys apiKeys;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase database = ApiTestDatabase.get();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("retention.rules.dir", ApiTestDatabase::ruleBookDir);
    }

    @BeforeEach
    void keys() {
        synchronized (KEYS) {
            if (KEYS.isEmpty()) {
                for (Role role : Role.values()) {
                    KEYS.put(role, role == Role.ADMIN ? ApiTestDatabase.ADMIN_KEY
                            : apiKeys.create("test " + role, role, false, "test").secret());
                }
                piiKey = apiKeys.create("test pii viewer", Role.VIEWER, true, "test").secret();
            }
        }
    }

    protected static String key(Role role) {
        return KEYS.get(role);
    }

    /** A VIEWER key that may read contact data unmasked. */
    protected static String piiKey() {
        return piiKey;
    }

    protected ApiClient as(Role role) {
        return new ApiClient(port, key(role));
    }

    protected ApiClient withKey(String key) {
        return new ApiClient(port, key);
    }
}
