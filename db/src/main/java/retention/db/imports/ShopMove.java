package retention.db.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Moves the checked rows from the stage into the shop's tables, all files in one transaction: one
 * {@code INSERT ... SELECT ... ON DUPLICATE KEY UPDATE} per table, keyed by the customer id or the external_id, so
 * a row already imported is updated in place and a failure or a kill halfway leaves every table as it was.
 */
final class ShopMove {

    private ShopMove() {
    }

    /** Moves every staged file; returns what each one inserted and updated. */
    static List<FileSummary> apply(Connection connection, List<StagedFile> files) throws SQLException {
        connection.setAutoCommit(false);
        try {
            List<FileSummary> summaries = new ArrayList<>(files.size());
            for (StagedFile staged : files) {
                summaries.add(move(connection, staged));
            }
            connection.commit();
            return summaries;
        }
        catch (SQLException | RuntimeException ex) {
            connection.rollback();
            throw ex;
        }
        finally {
            connection.setAutoCommit(true);
        }
    }

    private static FileSummary move(Connection connection, StagedFile staged) throws SQLException {
        ImportFile file = staged.file();
        long present = count(connection, "SELECT COUNT(*) FROM " + file.stageTable() + " s WHERE EXISTS (SELECT 1 FROM "
                + file.table() + " t WHERE t." + file.key() + " = s." + file.key() + ")");
        long moved = count(connection, "SELECT COUNT(*) FROM " + file.stageTable());
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(upsert(file));
        }
        return new FileSummary(file, staged.name(), staged.read(), moved - present, present, staged.rejected());
    }

    /** VALUES(column) is the row the SELECT offered; MySQL 8.0.20+ deprecates it but has no other form for SELECT. */
    static String upsert(ImportFile file) {
        String names = file.columns().stream().map(Column::name).collect(Collectors.joining(", "));
        String updates = file.columns().stream().map(Column::name).filter(name -> !name.equals(file.key()))
                .map(name -> name + " = VALUES(" + name + ")").collect(Collectors.joining(", "));
        return "INSERT INTO " + file.table() + " (" + names + ") SELECT " + names + " FROM " + file.stageTable()
                + " ON DUPLICATE KEY UPDATE " + updates;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
