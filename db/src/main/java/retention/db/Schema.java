package retention.db;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with the same migrations Spring Boot runs at start-up: the common
 * folder plus the vendor's folder for the Spring Batch and Quartz tables, whose DDL differs between MySQL and H2.
 */
public final class Schema {

    private Schema() {
    }

    /**
     * The Flyway locations, as Spring Boot's {@code spring.flyway.locations} writes them with its {@code {vendor}}
     * placeholder resolved: {@code mysql} (also for MariaDB, which Connector/J reports as MySQL) or {@code h2}.
     */
    public static String[] locations(String vendor) {
        return new String[] { "classpath:db/migration/common", "classpath:db/migration/" + vendor };
    }

    /** Migrates a database outside a Spring context, for tests and tools. */
    public static MigrateResult migrate(DataSource dataSource, String vendor) {
        return Flyway.configure().dataSource(dataSource).locations(locations(vendor)).load().migrate();
    }
}
