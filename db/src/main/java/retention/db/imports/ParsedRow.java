package retention.db.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One data row of an import file: its values in the file's column order, or what is wrong with it. */
final class ParsedRow {

    private final Header header;
    private final long line;
    private final Object[] values;
    private final List<ImportProblem> problems = new ArrayList<>(1);

    ParsedRow(Header header, long line, int columns) {
        this.header = header;
        this.line = line;
        this.values = new Object[columns];
    }

    long line() {
        return line;
    }

    Object get(String column) {
        return values[header.file().indexOf(column)];
    }

    void set(int column, Object value) {
        values[column] = value;
    }

    /** Rejects the row for what is wrong with one of its fields. */
    void reject(String column, String message) {
        int number = header.columnNumber(column);
        problem(line, number, column, message);
    }

    void problem(long where, int column, String field, String message) {
        problems.add(new ImportProblem(header.fileName(), where, column, field, message));
    }

    boolean accepted() {
        return problems.isEmpty();
    }

    /** The problems in the order of the columns they are in. */
    List<ImportProblem> problems() {
        problems.sort(Comparator.comparingLong(ImportProblem::line).thenComparingInt(ImportProblem::column));
        return problems;
    }

    Object[] values() {
        return values;
    }
}
