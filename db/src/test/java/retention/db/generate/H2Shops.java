package retention.db.generate;

import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import retention.db.Schema;

/** Empty, migrated in-memory H2 databases in MySQL mode, the quick start's embedded database. */
public final class H2Shops {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private H2Shops() {
    }

    /** A new database; it lives as long as the pool keeps a connection, so close the pool when done. */
    public static HikariDataSource create() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:shop" + COUNTER.incrementAndGet()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        HikariDataSource dataSource = new HikariDataSource(config);
        Schema.migrate(dataSource, "h2");
        return dataSource;
    }
}
