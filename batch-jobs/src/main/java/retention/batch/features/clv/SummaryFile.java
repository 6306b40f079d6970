package retention.batch.features.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a customer summary CSV in the CDNOW format: header {@code ID,x,t_x,T,zbar}, then one customer per line.
 *
 * <p>Malformed input is rejected with an {@link IllegalArgumentException} whose message starts with
 * {@code file:line:} and names the offending column, so the person fixing the file can go straight to it.
 */
public final class SummaryFile {

    /** The expected header, in order. */
    public static final String HEADER = "ID,x,t_x,T,zbar";

    private static final String[] COLUMNS = HEADER.split(",");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Path path;
    private final List<CustomerSummary> customers = new ArrayList<>();
    private final Map<String, Integer> lineOfId = new HashMap<>();

    private SummaryFile(Path path) {
        this.path = path;
    }

    /** Reads every customer from {@code path}; blank lines are ignored. */
    public static List<CustomerSummary> read(Path path) throws IOException {
        SummaryFile file = new SummaryFile(path);
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            file.readHeader(reader.readLine());
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    file.readRow(line, lineNumber);
                }
            }
        }
        return file.customers;
    }

    private void readHeader(String line) {
        if (line == null) {
            throw new IllegalArgumentException(path + ": file is empty, expected header '" + HEADER + "'");
        }
        String header = line.isEmpty() || line.charAt(0) != BYTE_ORDER_MARK ? line : line.substring(1);
        if (!header.strip().replace(" ", "").equals(HEADER)) {
            throw error(1, "expected header '" + HEADER + "' but found '" + line + "'");
        }
    }

    private void readRow(String line, int lineNumber) {
        String[] fields = line.split(",", -1);
        if (fields.length != COLUMNS.length) {
            throw error(lineNumber, "expected " + COLUMNS.length + " columns (" + HEADER + ") but found "
                    + fields.length);
        }
        String id = fields[0].strip();
        if (id.isEmpty()) {
            throw error(lineNumber, "column 'ID' is empty");
        }
        Integer firstLine = lineOfId.putIfAbsent(id, lineNumber);
        if (firstLine != null) {
            throw error(lineNumber, "column 'ID' repeats '" + id + "' first seen on line " + firstLine);
        }
        double x = number(fields, 1, lineNumber);
        double tx = number(fields, 2, lineNumber);
        double T = number(fields, 3, lineNumber);
        double zbar = number(fields, 4, lineNumber);
        check(Math.rint(x) == x, fields, 1, lineNumber, "must be a whole number >= 0");
        check(tx <= T, fields, 2, lineNumber, "must not exceed T (" + fields[3].strip() + ")");
        check(x == 0 || zbar > 0, fields, 4, lineNumber, "must be > 0 when x > 0");
        customers.add(new CustomerSummary(id, new CustomerHistory(x, tx, T), zbar));
    }

    /** Parses a finite, non-negative number: every numeric column of the format is a count, a time or an amount. */
    private double number(String[] fields, int column, int lineNumber) {
        String text = fields[column].strip();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(lineNumber, "column '" + COLUMNS[column] + "' is not a number: '" + text + "'");
        }
        check(Double.isFinite(value), fields, column, lineNumber, "must be finite");
        check(value >= 0, fields, column, lineNumber, "must be >= 0");
        return value;
    }

    private void check(boolean condition, String[] fields, int column, int lineNumber, String rule) {
        if (!condition) {
            throw error(lineNumber, "column '" + COLUMNS[column] + "' " + rule + ": '" + fields[column].strip() + "'");
        }
    }

    private IllegalArgumentException error(int lineNumber, String message) {
        return new IllegalArgumentException(path + ":" + lineNumber + ": " + message);
    }
}
