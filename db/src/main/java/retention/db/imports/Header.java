package retention.db.imports;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The header row of an import file: which field holds which column. A header that leaves out a required column,
 * names a column twice or names one the file does not have is refused, so a typo never drops a column silently.
 */
final class Header {

    private final ImportFile file;
    private final String fileName;
    private final List<String> names;
    private final int[] positions;

    private Header(ImportFile file, String fileName, List<String> names, int[] positions) {
        this.file = file;
        this.fileName = fileName;
        this.names = names;
        this.positions = positions;
    }

    /** The header of the record, or null after adding to problems what makes it unusable. */
    static Header read(ImportFile file, String fileName, CsvRecord record, Problems problems) {
        if (record == null) {
            problems.addFatal(new ImportProblem(fileName, 0, 0, null, "the file is empty; its first line must name "
                    + "the columns: " + String.join(",", file.columnNames())));
            return null;
        }
        if (record.flaw() != null) {
            problems.addFatal(new ImportProblem(fileName, record.flaw().line(), record.flaw().field() + 1, null,
                    "header: " + record.flaw().message()));
            return null;
        }
        List<String> names = record.fields().stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
        int[] positions = new int[file.columns().size()];
        Arrays.fill(positions, -1);
        long before = problems.total();
        for (int i = 0; i < names.size(); i++) {
            place(file, fileName, record.line(), names, i, positions, problems);
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < positions.length; c++) {
            if (positions[c] < 0 && file.columns().get(c).required()) {
                missing.add(file.columns().get(c).name());
            }
        }
        if (!missing.isEmpty()) {
            problems.addFatal(new ImportProblem(fileName, record.line(), 0, null, "the header lacks the required "
                    + (missing.size() == 1 ? "column " : "columns ") + String.join(", ", missing)));
        }
        return problems.total() == before ? new Header(file, fileName, names, positions) : null;
    }

    private static void place(ImportFile file, String fileName, long line, List<String> names, int i,
            int[] positions, Problems problems) {
        String name = names.get(i);
        if (name.isEmpty()) {
            problems.addFatal(new ImportProblem(fileName, line, i + 1, null, "the header names no column here"));
            return;
        }
        int column = file.columnNames().indexOf(name);
        if (column < 0) {
            problems.addFatal(new ImportProblem(fileName, line, i + 1, name, "unknown column" + Suggestion.forName(name,
                    file.columnNames()) + "; " + file.fileName() + " has " + String.join(", ", file.columnNames())));
        }
        else if (positions[column] >= 0) {
            problems.addFatal(new ImportProblem(fileName, line, i + 1, name, "the column is named twice (also column "
                    + (positions[column] + 1) + ")"));
        }
        else {
            positions[column] = i;
        }
    }

    /** The record's values in the file's column order, or the row's problems. */
    ParsedRow parse(CsvRecord record, LocalDateTime now) {
        ParsedRow row = new ParsedRow(this, record.line(), file.columns().size());
        if (record.flaw() != null) {
            CsvRecord.Flaw flaw = record.flaw();
            row.problem(flaw.line(), flaw.field() + 1, nameAt(flaw.field()), flaw.message());
            return row;
        }
        if (record.fields().size() != names.size()) {
            row.problem(record.line(), 0, null, "the row has " + record.fields().size() + " fields but the header "
                    + names.size() + "; quote a field that holds a comma");
            return row;
        }
        for (int c = 0; c < positions.length; c++) {
            parseField(record, row, c, now);
        }
        if (row.accepted()) {
            file.rule().check(row);
        }
        return row;
    }

    private void parseField(CsvRecord record, ParsedRow row, int c, LocalDateTime now) {
        Column column = file.columns().get(c);
        String text = positions[c] < 0 ? "" : record.fields().get(positions[c]).trim();
        if (text.isEmpty()) {
            if (column.required()) {
                row.reject(column.name(), "is required");
            }
            row.set(c, column.absent());
            return;
        }
        try {
            row.set(c, column.parser().parse(text, now));
        }
        catch (IllegalArgumentException ex) {
            row.reject(column.name(), ex.getMessage());
        }
    }

    ImportFile file() {
        return file;
    }

    String fileName() {
        return fileName;
    }

    /** The 1-based column of the file's column, 0 when the header leaves it out. */
    int columnNumber(String column) {
        return positions[file.indexOf(column)] + 1;
    }

    private String nameAt(int field) {
        return field < names.size() ? names.get(field) : null;
    }
}
