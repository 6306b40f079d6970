/**
 * The database: Flyway migrations that run unchanged on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode, data
 * access through Spring's {@code JdbcClient}, and the synthetic shop generator.
 */
package retention.db;
