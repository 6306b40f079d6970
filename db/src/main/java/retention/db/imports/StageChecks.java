package retention.db.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The checks that need more than one row, done in SQL on the staged rows: a key given twice in a file, and a row
 * whose customer is neither staged nor stored. Each check writes the lines it rejects to the rejection table, reports
 * them page by page (memory stays constant however many there are) and removes them from the stage, so that a row
 * is rejected once and what is left can be moved.
 */
final class StageChecks {

    private static final int PAGE = 1_000;

    private final Connection connection;
    private final Problems problems;
    private final StagedFile customers;

    /**
     * @param customers the staged customers file, or null when the import has none
     */
    StageChecks(Connection connection, Problems problems, StagedFile customers) {
        this.connection = connection;
        this.problems = problems;
        this.customers = customers;
    }

    /**
     * Rejects every row whose key an earlier row of the file already gave; returns how many. A GROUP BY on the key's
     * index says first whether there is any (0.2 s for a million rows on MariaDB, where the window query that names
     * the lines sorts them all: 4 to 9 s).
     */
    long duplicates(StagedFile staged) throws SQLException {
        ImportFile file = staged.file();
        String key = file.key();
        if (count("SELECT COUNT(*) FROM (SELECT " + key + " FROM " + file.stageTable() + " GROUP BY " + key
                + " HAVING COUNT(*) > 1) d") == 0) {
            return 0;
        }
        return reject(staged, "INSERT INTO " + Staging.REJECTION + " (line, found, first_line) "
                + "SELECT line, " + key + ", first_line FROM (SELECT line, " + key + ", MIN(line) OVER (PARTITION BY "
                + key + ") AS first_line FROM " + file.stageTable() + ") d WHERE line > first_line", key,
                (value, firstLine) -> key + " " + value + " appears again; first on line " + firstLine);
    }

    /** Rejects every row whose customer is neither in the import's customers nor in the database; returns how many. */
    long unknownCustomers(StagedFile staged) throws SQLException {
        return reject(staged, "INSERT INTO " + Staging.REJECTION + " (line, found, first_line) "
                + "SELECT s.line, s.customer_id, (SELECT MIN(r.line) FROM " + Staging.REJECTED_CUSTOMERS
                + " r WHERE r.id = s.customer_id) FROM " + staged.file().stageTable() + " s "
                + "WHERE NOT EXISTS (SELECT 1 FROM customer c WHERE c.id = s.customer_id) "
                + "AND NOT EXISTS (SELECT 1 FROM " + ImportFile.CUSTOMERS.stageTable()
                + " k WHERE k.id = s.customer_id)",
                "customer_id", this::unknownCustomer);
    }

    private String unknownCustomer(String id, Long rejectedLine) {
        if (customers == null) {
            return "customer " + id + " is not in the database; import the customer with a customers file";
        }
        if (rejectedLine != null) {
            return "customer " + id + " is not in the database and its row in " + customers.name() + " (line "
                    + rejectedLine + ") was rejected";
        }
        return "customer " + id + " is neither in " + customers.name() + " nor in the database";
    }

    private long reject(StagedFile staged, String findRejected, String field, Message message) throws SQLException {
        execute("DELETE FROM " + Staging.REJECTION);
        if (execute(findRejected) == 0) {
            return 0;
        }
        int column = staged.header().columnNumber(field);
        long rejected = 0;
        try (PreparedStatement page = connection.prepareStatement("SELECT line, found, first_line FROM "
                + Staging.REJECTION + " WHERE line > ? ORDER BY line LIMIT " + PAGE)) {
            long after = 0;
            boolean more = true;
            while (more) {
                page.setLong(1, after);
                more = false;
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        Long firstLine = rows.getObject(3) == null ? null : rows.getLong(3);
                        problems.add(new ImportProblem(staged.name(), after, column, field,
                                message.text(rows.getString(2), firstLine)));
                        rejected++;
                        more = true;
                    }
                }
            }
        }
        execute("DELETE FROM " + staged.file().stageTable() + " WHERE line IN (SELECT line FROM "
                + Staging.REJECTION + ")");
        return rejected;
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private int execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** The words for one rejected row. */
    @FunctionalInterface
    private interface Message {
        String text(String value, Long firstLine);
    }
}
