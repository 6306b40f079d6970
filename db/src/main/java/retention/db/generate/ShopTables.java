package retention.db.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The tables a generated shop lives in: how many customers they hold, and emptying them for a new shop. */
final class ShopTables {

    /** Only the shop's own tables: the action log, features and rule books of earlier runs are left alone. */
    static final List<String> TABLES = List.of("customer", "orders", "interaction", "site_visit", "contact_log",
            "market_event", "planted_truth");

    private ShopTables() {
    }

    static long customers(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM customer")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Empties the tables. TRUNCATE is far faster than DELETE for millions of rows on MySQL (no undo log) and
     * restarts the generated ids; a user without the right to truncate gets the DELETE.
     */
    static void clear(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try {
                    statement.execute("TRUNCATE TABLE " + table);
                }
                catch (SQLException refused) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
        }
    }
}
