package retention.db.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A JDBC batch of rows for one INSERT, sent every {@link #SIZE} rows: one multi-row INSERT per round trip on
 * MySQL and MariaDB when the URL says rewriteBatchedStatements=true.
 */
final class Batch implements AutoCloseable {

    static final int SIZE = 1_000;

    private final PreparedStatement statement;
    private int pending;

    Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    /** Adds a row: its line, then its values. */
    void add(long line, Object... values) throws SQLException {
        statement.setLong(1, line);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 2, values[i]);
        }
        statement.addBatch();
        if (++pending == SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
