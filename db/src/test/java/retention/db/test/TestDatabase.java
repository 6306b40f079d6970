package retention.db.test;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import retention.db.Schema;

/**
 * One empty database on the test server, for one test class.
 *
 * @param url the JDBC URL (Connector/J), with the parameters the product recommends
 * @param username the user
 * @param password the password
 * @param name the database name
 */
public record TestDatabase(String url, String username, String password, String name) {

    /** A small pooled data source; close it when the test class ends. */
    public HikariDataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(6);
        config.setPoolName("test-" + name);
        return new HikariDataSource(config);
    }

    /** A data source on a database already migrated to the current schema. */
    public HikariDataSource migratedDataSource() {
        HikariDataSource dataSource = dataSource();
        Schema.migrate(dataSource, "mysql");
        return dataSource;
    }

    /** Drops the database. */
    public void drop() {
        TestDatabases.drop(this);
    }

}
