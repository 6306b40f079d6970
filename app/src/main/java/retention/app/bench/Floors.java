package retention.app.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

/**
 * The machine's floor for the two heaviest parts of the nightly run, measured on the same data in scratch tables:
 * the bare aggregation of every customer's orders in one {@code INSERT … SELECT … GROUP BY}, and the bare batched
 * insert of the night's action rows, both split in two customer-id halves on two connections as the job uses both
 * cores. The distance between these and the job's own figures is what the job itself costs.
 */
public final class Floors {

    /** A floor: what was done, to how many rows, in how long. */
    public record Floor(String what, long rows, Duration time) {
    }

    private static final String AGGREGATE = "INSERT INTO bench_floor_features (customer_id, orders, paid_orders, "
            + "spend, discount, coupons, first_order_at, last_order_at) SELECT c.id, COUNT(o.customer_id), "
            + "COALESCE(SUM(o.status = 'PAID'), 0), COALESCE(SUM(o.amount), 0), COALESCE(SUM(o.discount), 0), "
            + "COUNT(o.coupon_code), MIN(o.placed_at), MAX(o.placed_at) FROM customer c "
            + "LEFT JOIN orders o ON o.customer_id = c.id AND o.placed_at < ? WHERE c.id BETWEEN ? AND ? GROUP BY c.id";

    private static final String COLUMNS = "run_date, customer_id, action_code, kind, status, channel, rule_name, "
            + "rule_book_version_id, priority, offer, template, reason, explanation, created_at";

    /** The statement the action log writes with, into the scratch copy of its table. */
    private static final String INSERT = "INSERT INTO bench_floor_action (" + COLUMNS + ") VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id";

    private static final int BATCH = 1_000;
    private static final int LOAD_BATCH = 50_000;
    private static final byte[] NULL = "\\N".getBytes(StandardCharsets.US_ASCII);

    private final DataSource dataSource;

    public Floors(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Aggregates every customer's orders before the run date into a scratch feature table. */
    public Floor aggregation(LocalDate runDate) throws SQLException {
        execute("DROP TABLE IF EXISTS bench_floor_features");
        execute("CREATE TABLE bench_floor_features (customer_id BIGINT NOT NULL PRIMARY KEY, orders INT NOT NULL, "
                + "paid_orders INT NOT NULL, spend DECIMAL(14,2) NOT NULL, discount DECIMAL(14,2) NOT NULL, "
                + "coupons INT NOT NULL, first_order_at DATETIME, last_order_at DATETIME) ENGINE=InnoDB");
        try {
            long[] range = range("SELECT MIN(id), MAX(id) FROM customer");
            long started = System.nanoTime();
            long rows = inHalves(range, (from, to) -> {
                try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(AGGREGATE)) {
                    c.setAutoCommit(true);
                    ps.setObject(1, runDate.atStartOfDay());
                    ps.setLong(2, from);
                    ps.setLong(3, to);
                    return ps.executeUpdate();
                }
            });
            return new Floor("aggregate the orders of every customer (INSERT … SELECT … GROUP BY)", rows,
                    Duration.ofNanos(System.nanoTime() - started));
        }
        finally {
            execute("DROP TABLE IF EXISTS bench_floor_features");
        }
    }

    /** Reads the night's action rows back and batch-inserts them into a scratch copy of the action log. */
    public Floor actionInsert(LocalDate runDate) throws SQLException {
        return intoScratchActions(runDate, "batch-insert the night's action rows (" + BATCH + " per batch and commit)",
                (from, to) -> copy(runDate, from, to));
    }

    /**
     * The same rows loaded by {@code LOAD DATA LOCAL INFILE} from a stream, on connections of its own that allow it
     * ({@code allowLoadLocalInfile=true}, which the product's own connections never set: a server could then ask for
     * any file the process can read). What the action log would cost if written that way.
     *
     * @param url the JDBC URL of the database, without {@code allowLoadLocalInfile}
     */
    public Floor loadData(LocalDate runDate, String url, String user, String password) throws SQLException {
        String loadUrl = url + (url.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
        return intoScratchActions(runDate, "load the same rows by LOAD DATA LOCAL INFILE (" + LOAD_BATCH + " per load)",
                (from, to) -> {
                    try (Connection load = DriverManager.getConnection(loadUrl, user, password)) {
                        return load(runDate, from, to, load);
                    }
                });
    }

    /**
     * Times writing the night's action rows, by half of their ids, into a scratch copy of the action log. The halves
     * are id ranges so that each reads its rows in primary-key order: the log has no index on (run date, customer).
     */
    private Floor intoScratchActions(LocalDate runDate, String what, Half half) throws SQLException {
        execute("DROP TABLE IF EXISTS bench_floor_action");
        execute("CREATE TABLE bench_floor_action LIKE retention_action");
        try {
            long[] range = range("SELECT MIN(id), MAX(id) FROM retention_action WHERE run_date = '"
                    + runDate + "'");
            long started = System.nanoTime();
            long rows = inHalves(range, half);
            return new Floor(what, rows, Duration.ofNanos(System.nanoTime() - started));
        }
        finally {
            execute("DROP TABLE IF EXISTS bench_floor_action");
        }
    }

    private long load(LocalDate runDate, long from, long to, Connection load) throws SQLException {
        try (Connection read = dataSource.getConnection();
                PreparedStatement select = read.prepareStatement("SELECT " + COLUMNS + " FROM retention_action "
                        + "WHERE run_date = ? AND id BETWEEN ? AND ?", ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY);
                Statement statement = load.createStatement()) {
            select.setFetchSize(Integer.MIN_VALUE);
            select.setObject(1, runDate);
            select.setLong(2, from);
            select.setLong(3, to);
            long rows = 0;
            ByteArrayOutputStream tsv = new ByteArrayOutputStream(1 << 24);
            try (ResultSet rs = select.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        if (i > 1) {
                            tsv.write('\t');
                        }
                        String value = rs.getString(i);
                        tsv.writeBytes(value == null ? NULL : escape(value).getBytes(StandardCharsets.UTF_8));
                    }
                    tsv.write('\n');
                    if (++rows % LOAD_BATCH == 0) {
                        send(statement, tsv);
                    }
                }
            }
            send(statement, tsv);
            return rows;
        }
    }

    private static void send(Statement statement, ByteArrayOutputStream tsv) throws SQLException {
        if (tsv.size() == 0) {
            return;
        }
        try {
            // Connector/J's own API: the driver is a runtime dependency only, so it is reached by reflection.
            Object mysql = statement.unwrap(Class.forName("com.mysql.cj.jdbc.JdbcStatement"));
            mysql.getClass().getMethod("setLocalInfileInputStream", InputStream.class)
                    .invoke(mysql, new ByteArrayInputStream(tsv.toByteArray()));
        }
        catch (ReflectiveOperationException ex) {
            throw new SQLException("this driver cannot load from a stream: " + ex, ex);
        }
        statement.execute("LOAD DATA LOCAL INFILE 'actions.tsv' IGNORE INTO TABLE bench_floor_action "
                + "CHARACTER SET utf8mb4 (" + COLUMNS + ")");
        tsv.reset();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private long copy(LocalDate runDate, long from, long to) throws SQLException {
        try (Connection read = dataSource.getConnection(); Connection write = dataSource.getConnection();
                PreparedStatement select = read.prepareStatement("SELECT " + COLUMNS + " FROM retention_action "
                        + "WHERE run_date = ? AND id BETWEEN ? AND ?", ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY);
                PreparedStatement insert = write.prepareStatement(INSERT)) {
            write.setAutoCommit(false);
            select.setFetchSize(Integer.MIN_VALUE);
            select.setObject(1, runDate);
            select.setLong(2, from);
            select.setLong(3, to);
            long rows = 0;
            try (ResultSet rs = select.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        insert.setObject(i, rs.getObject(i));
                    }
                    insert.addBatch();
                    if (++rows % BATCH == 0) {
                        insert.executeBatch();
                        write.commit();
                    }
                }
            }
            insert.executeBatch();
            write.commit();
            return rows;
        }
    }

    private interface Half {
        long run(long from, long to) throws SQLException;
    }

    private static long inHalves(long[] range, Half half) throws SQLException {
        if (range == null) {
            return 0;
        }
        long middle = range[0] + (range[1] - range[0]) / 2;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            parts.add(pool.submit(() -> half.run(range[0], middle)));
            parts.add(pool.submit(() -> half.run(middle + 1, range[1])));
            long rows = 0;
            for (Future<Long> part : parts) {
                rows += part.get();
            }
            return rows;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
        catch (ExecutionException ex) {
            if (ex.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(ex.getCause());
        }
        finally {
            pool.shutdownNow();
        }
    }

    private long[] range(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? null : new long[] { min, rs.getLong(2) };
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
