package retention.app.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Runs a query whose rows are handed over one at a time as the server sends them, so that an export of millions of
 * rows holds one row in memory, not the result. Connector/J buffers a whole result unless the statement is
 * forward-only, read-only and has a fetch size of {@link Integer#MIN_VALUE}; H2 and other drivers stream with an
 * ordinary fetch size.
 */
public final class StreamingQuery {

    private static final int OTHER_DRIVERS_FETCH_SIZE = 1000;

    private StreamingQuery() {
    }

    public static void forEachRow(JdbcTemplate jdbc, String sql, List<Object> params, RowCallbackHandler handler) {
        jdbc.query(connection -> prepare(connection, sql, params), handler);
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(isMySqlDriver(connection) ? Integer.MIN_VALUE : OTHER_DRIVERS_FETCH_SIZE);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    private static boolean isMySqlDriver(Connection connection) throws SQLException {
        return connection.getMetaData().getDriverName().toLowerCase().contains("mysql");
    }
}
