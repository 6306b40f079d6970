package retention.db.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The example folder of docs/import.md, copies of it with a file changed, and counts of the shop's tables. */
final class ImportFixtures {

    /** The example folder shipped with the docs, relative to a module's directory. */
    static final Path EXAMPLE = Path.of("../docs/import-example").toAbsolutePath().normalize();

    /** After every row of the example: its files hold nothing later than 2026-11-15. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);

    private ImportFixtures() {
    }

    /** A copy of the example folder in dir with the given files' contents replaced. */
    static Path exampleWith(Path dir, Map<String, String> replaced) {
        try {
            Files.createDirectories(dir);
            try (var files = Files.list(EXAMPLE)) {
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            for (Map.Entry<String, String> file : replaced.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The example's text of a file with one line appended. */
    static String exampleFilePlus(String file, String line) {
        try {
            return Files.readString(EXAMPLE.resolve(file), StandardCharsets.UTF_8) + line + "\n";
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static ImportReport importFolder(DataSource dataSource, Path folder, boolean skipBadRows, Path report) {
        return new ShopImport(dataSource, CLOCK).run(new ImportRequest(ImportRequest.inFolder(folder), skipBadRows,
                report), null);
    }

    /** Rows per shop table, and a digest of their contents that changes when any value does. */
    static Map<String, String> tables(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Map<String, String> tables = new LinkedHashMap<>();
        for (ImportFile file : ImportFile.values()) {
            String columns = String.join(", ", file.columnNames());
            String rows = jdbc.sql("SELECT " + columns + " FROM " + file.table() + " ORDER BY " + file.key())
                    .query((rs, n) -> {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= file.columnNames().size(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        return row.toString();
                    }).list().toString();
            tables.put(file.table(), rows);
        }
        return tables;
    }

    static long count(DataSource dataSource, String table) {
        return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
