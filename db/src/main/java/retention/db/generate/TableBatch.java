package retention.db.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One table's JDBC batch: rows are bound and added until the batch is full, then sent in one round trip (one
 * multi-row INSERT with Connector/J's rewriteBatchedStatements) and committed.
 *
 * @param <T> the row type
 */
final class TableBatch<T> implements AutoCloseable {

    /** Binds one row to the statement's parameters. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private final Connection connection;
    private final PreparedStatement statement;
    private final Binder<T> binder;
    private final int size;
    private int pending;

    TableBatch(Connection connection, String sql, Binder<T> binder, int size) throws SQLException {
        this.connection = connection;
        this.statement = connection.prepareStatement(sql);
        this.binder = binder;
        this.size = size;
    }

    void add(T row) throws SQLException {
        binder.bind(statement, row);
        statement.addBatch();
        if (++pending >= size) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            connection.commit();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
