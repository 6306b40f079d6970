package retention.db.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The temporary tables one import stages its rows in before checking them with SQL and moving them into the shop's
 * tables in one transaction: one per file (customers always, so that the other files can refer to it), the lines
 * a check rejects, and the ids of rejected customer rows. MySQL and MariaDB keep temporary tables to the session,
 * and a killed import's vanish with its connection; H2's are visible to the whole (single-process) database, hence
 * the drop before each create. MySQL 8 cannot use a temporary table twice in one statement, so no statement here
 * or in {@link StageChecks} and {@link ShopMove} does.
 */
final class Staging implements AutoCloseable {

    static final String REJECTION = "import_rejection";
    static final String REJECTED_CUSTOMERS = "import_rejected_customer";

    private static final String OPTIONS = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";

    private final Connection connection;
    private final List<String> tables = new ArrayList<>();
    private final List<ImportFile> stages = new ArrayList<>();

    private Staging(Connection connection) {
        this.connection = connection;
    }

    /** Creates the tables for the files given (and for customers). */
    static Staging create(Connection connection, Collection<ImportFile> files) throws SQLException {
        Staging staging = new Staging(connection);
        try {
            Set<ImportFile> staged = EnumSet.of(ImportFile.CUSTOMERS);
            staged.addAll(files);
            for (ImportFile file : staged) {
                staging.createStage(file);
            }
            staging.create(REJECTION, "line BIGINT NOT NULL, found VARCHAR(64), first_line BIGINT, PRIMARY KEY (line)");
            staging.create(REJECTED_CUSTOMERS, "line BIGINT NOT NULL, id BIGINT NOT NULL, PRIMARY KEY (line)");
            staging.execute("CREATE INDEX ix_" + REJECTED_CUSTOMERS + "_id ON " + REJECTED_CUSTOMERS + " (id)");
            return staging;
        }
        catch (SQLException ex) {
            staging.close();
            throw ex;
        }
    }

    private void createStage(ImportFile file) throws SQLException {
        String columns = file.columns().stream().map(c -> c.name() + " " + c.ddl()).collect(Collectors.joining(", "));
        create(file.stageTable(), "line BIGINT NOT NULL, " + columns + ", PRIMARY KEY (line)");
        stages.add(file);
    }

    /**
     * Indexes every staging table by its key, for the checks and the reference lookups. Built once the rows are in:
     * sorting a million keys once is cheaper than keeping an index in order row by row.
     */
    void indexKeys() throws SQLException {
        for (ImportFile file : stages) {
            execute("CREATE INDEX ix_" + file.stageTable() + "_key ON " + file.stageTable() + " (" + file.key()
                    + ", line)");
        }
    }

    private void create(String table, String columns) throws SQLException {
        execute("DROP TABLE IF EXISTS " + table);
        execute("CREATE TEMPORARY TABLE " + table + " (" + columns + ")" + OPTIONS);
        tables.add(table);
    }

    /** A batch inserting into the file's staging table: line, then the file's columns in order. */
    Batch stage(ImportFile file) throws SQLException {
        String names = file.columns().stream().map(Column::name).collect(Collectors.joining(", "));
        String marks = file.columns().stream().map(c -> ", ?").collect(Collectors.joining());
        return new Batch(connection, "INSERT INTO " + file.stageTable() + " (line, " + names + ") VALUES (?" + marks
                + ")");
    }

    /** A batch recording rejected customer rows: line, id. */
    Batch rejectedCustomers() throws SQLException {
        return new Batch(connection, "INSERT INTO " + REJECTED_CUSTOMERS + " (line, id) VALUES (?, ?)");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Drops the tables. A failure is left for the connection's end (MySQL) or the next import's drop to clean up. */
    @Override
    public void close() {
        for (String table : tables) {
            try {
                execute("DROP TABLE IF EXISTS " + table);
            }
            catch (SQLException ignored) {
                // See above: nothing of the shop's data depends on it.
            }
        }
    }
}
