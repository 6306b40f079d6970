package retention.db.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every problem of an import to a CSV file as it is found (file, line, column, field, problem), so that all
 * rejected rows can be found and fixed however many there are.
 */
final class ProblemReport implements AutoCloseable {

    private final BufferedWriter out;

    private ProblemReport(BufferedWriter out) {
        this.out = out;
    }

    /** A report writing to the path, or discarding everything when the path is null. */
    static ProblemReport open(Path path) throws IOException {
        if (path == null) {
            return new ProblemReport(null);
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        out.write("file,line,column,field,problem\n");
        return new ProblemReport(out);
    }

    void write(ImportProblem problem) {
        if (out == null) {
            return;
        }
        try {
            out.write(String.join(",", List.of(quote(problem.file()), Long.toString(problem.line()),
                    Integer.toString(problem.column()), quote(problem.field() == null ? "" : problem.field()),
                    quote(problem.message()))));
            out.write('\n');
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the problem report: " + ex.getMessage(), ex);
        }
    }

    static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
