package retention.app.api;

import java.nio.file.Path;

import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * One MySQL-protocol database for every API integration test class of a JVM, so that they share one Spring context
 * (the context cache keys on the properties). Each class writes its own ids and dates; the database is dropped when
 * the JVM ends.
 */
final class ApiTestDatabase {

    static final String ADMIN_KEY = "rk_test-admin-key-for-the-api-integration-tests";

    private static TestDatabase database;

    private ApiTestDatabase() {
    }

    static synchronized TestDatabase get() {
        if (database == null) {
            database = TestDatabases.create();
            TestDatabase created = database;
            Runtime.getRuntime().addShutdownHook(new Thread(created::drop));
        }
        return database;
    }

    static String ruleBookDir() {
        return Path.of("../rules/rulebook").toAbsolutePath().normalize().toString();
    }
}
