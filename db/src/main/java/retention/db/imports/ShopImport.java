package retention.db.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javax.sql.DataSource;

/**
 * Imports a shop's own customers, orders, interactions, site visits and contacts from CSV files (docs/import.md).
 * Every file is read once, row by row, and its good rows staged in a temporary table; SQL then finds keys given twice
 * and rows of unknown customers; then all files move into the shop's tables in one transaction. By default any
 * problem means nothing is written; with {@link ImportRequest#skipBadRows()} the good rows are. Importing the same
 * files again updates the rows instead of adding them twice.
 */
public final class ShopImport {

    /** Problems kept in the report to be shown; all of them are counted and written to the report file. */
    public static final int SHOWN_PROBLEMS = 100;

    private final DataSource dataSource;
    private final Clock clock;

    /**
     * @param clock tells the time of the import: no row may lie after it
     */
    public ShopImport(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the import.
     *
     * @param progress receives a line now and then on a long import; may be null
     * @throws IllegalStateException when the database fails; nothing was changed then
     * @throws UncheckedIOException when the report file cannot be written
     */
    public ImportReport run(ImportRequest request, Consumer<String> progress) {
        long start = System.nanoTime();
        Consumer<String> say = progress == null ? line -> { } : progress;
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        try (ProblemReport report = ProblemReport.open(request.report());
                Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Problems problems = new Problems(SHOWN_PROBLEMS, report::write);
            Outcome outcome = importFiles(connection, request, problems, now, say);
            return new ImportReport(outcome.files(), problems.total(), problems.shown(), outcome.applied(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("the import failed and changed nothing: " + ex.getMessage(), ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the problem report " + request.report() + ": "
                    + ex.getMessage(), ex);
        }
    }

    private static Outcome importFiles(Connection connection, ImportRequest request, Problems problems,
            LocalDateTime now, Consumer<String> say) throws SQLException {
        try (Staging staging = Staging.create(connection, request.files().keySet())) {
            List<StagedFile> staged = stage(new FileStager(staging, problems, now, say), request, say);
            if (problems.fatal()) {
                return new Outcome(unapplied(staged), false);
            }
            long started = System.nanoTime();
            staging.indexKeys();
            staged = check(connection, staged, problems);
            say.accept("checked keys and customers across rows in " + since(started));
            if (problems.total() > 0 && !request.skipBadRows()) {
                return new Outcome(unapplied(staged), false);
            }
            started = System.nanoTime();
            List<FileSummary> written = ShopMove.apply(connection, staged);
            say.accept("wrote every file in one transaction in " + since(started));
            return new Outcome(written, true);
        }
    }

    private static List<StagedFile> stage(FileStager stager, ImportRequest request, Consumer<String> say)
            throws SQLException {
        List<StagedFile> staged = new ArrayList<>();
        for (Map.Entry<ImportFile, Path> file : request.files().entrySet()) {
            long started = System.nanoTime();
            StagedFile read = stager.stage(file.getKey(), file.getValue());
            if (read != null) {
                staged.add(read);
                say.accept(String.format("%s: %,d rows read, %,d rejected, staged in %s", read.name(), read.read(),
                        read.rejected(), since(started)));
            }
        }
        return staged;
    }

    private static List<StagedFile> check(Connection connection, List<StagedFile> staged, Problems problems)
            throws SQLException {
        StagedFile customers = staged.stream().filter(f -> f.file() == ImportFile.CUSTOMERS).findFirst().orElse(null);
        StageChecks checks = new StageChecks(connection, problems, customers);
        List<StagedFile> checked = new ArrayList<>(staged.size());
        for (StagedFile file : staged) {
            long rejected = checks.duplicates(file);
            if (file.file().refersToCustomers()) {
                rejected += checks.unknownCustomers(file);
            }
            checked.add(file.rejecting(rejected));
        }
        return checked;
    }

    private static String since(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static List<FileSummary> unapplied(List<StagedFile> staged) {
        return staged.stream().map(f -> new FileSummary(f.file(), f.name(), f.read(), 0, 0, f.rejected())).toList();
    }

    private record Outcome(List<FileSummary> files, boolean applied) {
    }
}
