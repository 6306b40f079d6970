/**
 * Test support shared by every module's integration tests: a real MySQL-protocol server, either the one CI
 * names or an embedded MariaDB.
 */
package retention.db.test;
