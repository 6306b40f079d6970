package retention.batch.nightly;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One run per date at a time, across processes. The lock is a row lock on {@code run_lock}, held by an open
 * transaction on a dedicated connection for as long as the run lasts: a process that dies, even by kill -9, loses
 * its connection and with it the lock, so a crashed run never blocks the next one, while a live one always does.
 */
@Component
public class RunLock {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Clock clock;

    public RunLock(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /**
     * Takes the lock of a run date if no one holds it.
     *
     * @return the held lock, to close when the run ends; empty when another run of the date holds it
     */
    public Optional<Held> tryAcquire(LocalDate runDate) {
        ensureRow(runDate);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            if (!lockRow(connection, runDate)) {
                connection.rollback();
                connection.close();
                return Optional.empty();
            }
            jdbc.sql("INSERT INTO run_lock_holder (run_date, owner, locked_at) VALUES (?, ?, ?) "
                    + "ON DUPLICATE KEY UPDATE owner = VALUES(owner), locked_at = VALUES(locked_at)")
                    .params(runDate, owner(), LocalDateTime.now(clock).withNano(0)).update();
            return Optional.of(new Held(connection));
        }
        catch (SQLException ex) {
            close(connection);
            throw new IllegalStateException("cannot take the run lock of " + runDate + ": " + ex.getMessage(), ex);
        }
    }

    /** A plain read first: an upsert would wait on the very row lock a running run holds. */
    private void ensureRow(LocalDate runDate) {
        if (jdbc.sql("SELECT COUNT(*) FROM run_lock WHERE run_date = ?").param(runDate).query(Long.class).single() == 0) {
            try {
                jdbc.sql("INSERT INTO run_lock (run_date) VALUES (?)").param(runDate).update();
            }
            catch (DuplicateKeyException ex) {
                // Another launch created it a moment ago; the row lock below decides who runs.
            }
        }
    }

    /** Who holds or last held the lock of a date, for the message that refuses a second run. */
    public String holder(LocalDate runDate) {
        return jdbc.sql("SELECT CONCAT(owner, ' since ', CAST(locked_at AS CHAR(19))) FROM run_lock_holder "
                + "WHERE run_date = ?").param(runDate).query(String.class).optional().orElse("another process");
    }

    private static boolean lockRow(Connection connection, LocalDate runDate) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT run_date FROM run_lock WHERE run_date = ? FOR UPDATE NOWAIT")) {
            lock.setObject(1, runDate);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next();
            }
        }
        catch (SQLException ex) {
            if (isLockConflict(ex)) {
                return false;
            }
            throw ex;
        }
    }

    /** MySQL/MariaDB: 1205 lock wait timeout or 3572 NOWAIT conflict; H2: HYT00 timeout. */
    private static boolean isLockConflict(SQLException ex) {
        return ex.getErrorCode() == 1205 || ex.getErrorCode() == 3572 || "HYT00".equals(ex.getSQLState())
                || "40001".equals(ex.getSQLState());
    }

    private static String owner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException ex) {
            host = "unknown host";
        }
        return "process " + ProcessHandle.current().pid() + " on " + host;
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.rollback();
                connection.close();
            }
            catch (SQLException ignored) {
                // The connection is broken already; the database has released the lock with it.
            }
        }
    }

    /** A held run lock; closing it ends the transaction and frees the date. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;

        Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            RunLock.close(connection);
        }
    }
}
