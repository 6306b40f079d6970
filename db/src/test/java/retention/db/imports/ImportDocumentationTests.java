package retention.db.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** docs/import.md documents every column of every file, and each of its examples passes the row checks. */
class ImportDocumentationTests {

    private static final Path DOC = Path.of("../docs/import.md");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 0, 0);

    @Test
    void documentsEveryColumnOfEveryFileInItsSection() throws IOException {
        for (ImportFile file : ImportFile.values()) {
            List<String> tableRows = section(file).lines().filter(line -> line.startsWith("| `")).toList();
            for (String column : file.columnNames()) {
                assertThat(tableRows).as(file.fileName() + " documents " + column).anySatisfy(
                        row -> assertThat(row.substring(0, row.indexOf(" | ", 2))).contains("`" + column + "`"));
            }
        }
    }

    @Test
    void givesAnExampleOfEveryFileThatPassesTheRowChecks() throws IOException {
        for (ImportFile file : ImportFile.values()) {
            String section = section(file);
            int start = section.indexOf("```csv\n");
            assertThat(start).as(file.fileName() + " has an example").isPositive();
            String example = section.substring(start + 7, section.indexOf("```", start + 7));

            assertThat(problems(file, example)).as(file.fileName()).isEmpty();
        }
    }

    private static String section(ImportFile file) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf("\n## " + file.fileName() + "\n");
        assertThat(start).as("a section ## " + file.fileName()).isPositive();
        int end = doc.indexOf("\n## ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    private static List<String> problems(ImportFile file, String text) throws IOException {
        List<String> problems = new ArrayList<>();
        Problems sink = new Problems(100, problem -> problems.add(problem.toString()));
        CsvReader reader = new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        Header header = Header.read(file, file.fileName(), reader.next(), sink);
        for (CsvRecord record = header == null ? null : reader.next(); record != null; record = reader.next()) {
            header.parse(record, NOW).problems().forEach(sink::add);
        }
        return problems;
    }
}
