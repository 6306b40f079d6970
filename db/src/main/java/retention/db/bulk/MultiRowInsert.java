package retention.db.bulk;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many rows with multi-row {@code INSERT} statements whose values are SQL literals, for the nightly run's
 * largest writes (1.7 million actions and 0.7 million outbox rows for a million customers).
 * <p>
 * Connector/J turns a batched prepared statement into the same multi-row text when {@code rewriteBatchedStatements}
 * is on, but at a cost that dominated the job's own CPU time: per parameter it looks its encoder up in a map, reads
 * connection properties and takes a lock, and it encodes and escapes every string twice, once to size the batch and
 * once to send it (JFR, 2026-12-07: 58% of the evaluation threads' samples, docs/benchmarks.md). Here each value is
 * appended once. The database parses the same statement either way.
 * <p>
 * Only values that cannot change the statement's meaning are written as literals: numbers, dates and times in ISO
 * form, and text made of printable characters other than the backslash, with quotes doubled, which reads the same
 * with and without MySQL's {@code NO_BACKSLASH_ESCAPES} and on H2. Any other text (a backslash, a control character)
 * is bound as a parameter of a prepared statement instead, so nothing depends on how a server treats escapes.
 * Statements are cut at about 128 thousand characters: far below any {@code max_allowed_packet} (MySQL 8's default
 * is 64 MiB, MariaDB's 16 MiB), and small enough that neither the text nor its bytes is a humongous object for G1
 * (half a region, 512 KiB in a heap of up to 2 GiB). Statements of a million characters, allocated straight into the
 * old generation, kept G1's concurrent marking busy for a fifth of the job's Java time at {@code -Xmx512m}.
 *
 * @param <T> the row type
 */
public final class MultiRowInsert<T> {

    /** Characters per statement: at two bytes a character (text beyond Latin-1) 256 KiB, at three bytes 384 KiB. */
    static final int DEFAULT_STATEMENT_CHARS = 1 << 17;

    /** Room for the row that crosses the limit, so the builder never grows into a humongous array. */
    private static final int LAST_ROW_CHARS = 8 << 10;

    private final String head;
    private final String tail;
    private final int columns;
    private final BiConsumer<T, RowValues> binder;
    private final int statementChars;

    private MultiRowInsert(String head, String tail, int columns, BiConsumer<T, RowValues> binder, int statementChars) {
        this.head = head;
        this.tail = tail;
        this.columns = columns;
        this.binder = binder;
        this.statementChars = statementChars;
    }

    /**
     * An insert into {@code table}'s {@code columns}; {@code binder} adds each row's values in column order.
     */
    public static <T> MultiRowInsert<T> into(String table, List<String> columns, BiConsumer<T, RowValues> binder) {
        return new MultiRowInsert<>("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ", "",
                columns.size(), binder, DEFAULT_STATEMENT_CHARS);
    }

    /** The same insert followed by {@code clause}, such as {@code ON DUPLICATE KEY UPDATE id = id}. */
    public MultiRowInsert<T> then(String clause) {
        return new MultiRowInsert<>(head, tail + " " + clause, columns, binder, statementChars);
    }

    /** The same insert cut into statements of about {@code chars} characters; for tests of the cutting. */
    MultiRowInsert<T> statementChars(int chars) {
        return new MultiRowInsert<>(head, tail, columns, binder, chars);
    }

    /**
     * Inserts the rows on one connection of the template's data source (the caller's transaction, if any).
     *
     * @return the number of statements sent
     */
    public int write(JdbcTemplate jdbc, List<T> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Integer statements = jdbc.execute((ConnectionCallback<Integer>) connection -> write(connection, rows));
        return statements == null ? 0 : statements;
    }

    private int write(Connection connection, List<T> rows) throws SQLException {
        RowValues values = new RowValues(new StringBuilder(Math.min(statementChars + LAST_ROW_CHARS,
                rows.size() * 256 + head.length() + tail.length())));
        int statements = 0;
        for (T row : rows) {
            if (values.rows() > 0) {
                values.sql().append(',');
            }
            else {
                values.sql().append(head);
            }
            values.startRow();
            binder.accept(row, values);
            values.endRow(columns);
            if (values.sql().length() >= statementChars) {
                send(connection, values);
                statements++;
            }
        }
        if (values.rows() > 0) {
            send(connection, values);
            statements++;
        }
        return statements;
    }

    private void send(Connection connection, RowValues values) throws SQLException {
        String sql = values.sql().append(tail).toString();
        List<Object> parameters = values.parameters();
        if (parameters.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                // The values are literals already; no JDBC escape syntax ({fn ...}) is meant anywhere in them.
                statement.setEscapeProcessing(false);
                statement.executeUpdate(sql);
            }
        }
        else {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                statement.executeUpdate();
            }
        }
        values.reset();
    }

    /** Writes each row's values; rows go in the order given. */
    public static final class RowValues {

        private final StringBuilder sql;
        private final List<Object> parameters = new ArrayList<>();
        private int rows;
        private int inRow;

        RowValues(StringBuilder sql) {
            this.sql = sql;
        }

        public RowValues add(long value) {
            separate().append(value);
            return this;
        }

        public RowValues add(int value) {
            separate().append(value);
            return this;
        }

        /** A finite double, written as Java writes it, which reads back as the same double. */
        public RowValues add(double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("no SQL literal for " + value);
            }
            separate().append(value);
            return this;
        }

        /** A number, or NULL. */
        public RowValues add(Number value) {
            if (value == null) {
                return addNull();
            }
            if (value instanceof Double d && (d.isNaN() || d.isInfinite())
                    || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
                throw new IllegalArgumentException("no SQL literal for " + value);
            }
            separate().append(value instanceof BigDecimal b ? b.toPlainString() : value.toString());
            return this;
        }

        public RowValues add(boolean value) {
            separate().append(value ? "TRUE" : "FALSE");
            return this;
        }

        /** A text, or NULL; as a parameter when it holds a character that is not plainly printable. */
        public RowValues add(String value) {
            if (value == null) {
                return addNull();
            }
            if (!SqlText.printable(value)) {
                separate().append('?');
                parameters.add(value);
                return this;
            }
            SqlText.quote(value, separate());
            return this;
        }

        /** A date, or NULL. */
        public RowValues add(LocalDate value) {
            if (value == null) {
                return addNull();
            }
            SqlText.date(value, separate().append('\'')).append('\'');
            return this;
        }

        /** A date and time (fractions of a second kept for the column to round as the driver would), or NULL. */
        public RowValues add(LocalDateTime value) {
            if (value == null) {
                return addNull();
            }
            SqlText.dateTime(value, separate().append('\'')).append('\'');
            return this;
        }

        public RowValues addNull() {
            separate().append("NULL");
            return this;
        }

        private StringBuilder separate() {
            sql.append(inRow++ == 0 ? '(' : ',');
            return sql;
        }

        StringBuilder sql() {
            return sql;
        }

        List<Object> parameters() {
            return parameters;
        }

        int rows() {
            return rows;
        }

        void startRow() {
            inRow = 0;
        }

        void endRow(int columns) {
            if (inRow != columns) {
                throw new IllegalStateException("a row of " + inRow + " values for " + columns + " columns");
            }
            sql.append(')');
            rows++;
        }

        void reset() {
            sql.setLength(0);
            parameters.clear();
            rows = 0;
        }
    }
}
