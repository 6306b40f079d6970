package retention.db.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.function.Consumer;

/**
 * Reads one import file record by record, parses and checks each row, and stages the good ones in batches; a bad
 * row's problems are reported with its line. Memory holds one record and one batch, whatever the file's size.
 */
final class FileStager {

    private static final long PROGRESS_EVERY = 250_000;

    private final Staging staging;
    private final Problems problems;
    private final LocalDateTime now;
    private final Consumer<String> progress;

    FileStager(Staging staging, Problems problems, LocalDateTime now, Consumer<String> progress) {
        this.staging = staging;
        this.problems = problems;
        this.now = now;
        this.progress = progress;
    }

    /** Stages the file; null when it cannot be read at all (the reason is among the problems). */
    StagedFile stage(ImportFile file, Path path) throws SQLException {
        String name = path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path); Batch stage = staging.stage(file);
                Batch rejectedCustomers = staging.rejectedCustomers()) {
            CsvReader reader = new CsvReader(in);
            Header header = Header.read(file, name, reader.next(), problems);
            if (header == null) {
                return null;
            }
            long read = 0;
            long rejected = 0;
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                ParsedRow row = header.parse(record, now);
                read++;
                if (row.accepted()) {
                    stage.add(row.line(), row.values());
                }
                else {
                    rejected++;
                    row.problems().forEach(problems::add);
                    if (file == ImportFile.CUSTOMERS && row.get("id") != null) {
                        rejectedCustomers.add(row.line(), row.get("id"));
                    }
                }
                if (read % PROGRESS_EVERY == 0) {
                    progress.accept(String.format("%s: %,d rows read", name, read));
                }
            }
            stage.flush();
            rejectedCustomers.flush();
            return new StagedFile(file, name, header, read, rejected);
        }
        catch (IOException ex) {
            problems.addFatal(new ImportProblem(name, 0, 0, null, "cannot be read: " + ex.getMessage()));
            return null;
        }
    }
}
