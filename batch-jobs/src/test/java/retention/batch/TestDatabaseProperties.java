package retention.batch;

import org.springframework.test.context.DynamicPropertyRegistry;

import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * Points a Spring test context at a fresh database on the MySQL-protocol test server.
 */
public final class TestDatabaseProperties {

    private TestDatabaseProperties() {
    }

    public static TestDatabase register(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabases.create();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.flyway.locations", () -> "classpath:db/migration/common,classpath:db/migration/{vendor}");
        registry.add("spring.batch.jdbc.initialize-schema", () -> "never");
        registry.add("spring.batch.job.enabled", () -> "false");
        registry.add("retention.rules.dir", () -> "../rules/rulebook");
        registry.add("spring.main.banner-mode", () -> "off");
        // A fixture of a handful of customers expects each one's action: no control group may withhold it. The
        // measurement tests set their own shares.
        registry.add("retention.holdout.default-control-share", () -> "0");
        registry.add("retention.holdout.global-control-share", () -> "0");
        return database;
    }
}
