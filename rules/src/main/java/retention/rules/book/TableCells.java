package retention.rules.book;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Maps a place in the DRL that Drools generates from a decision table back to the table's row and cell, so a
 * problem in a table is reported where its author typed it: for a CSV table, the line and the character column of
 * the cell; for a spreadsheet, the row and column numbers (D12 is 12:4).
 */
public final class TableCells {

    private static final Pattern RULE_ROW = Pattern.compile("//\\s*rule values at [A-Z]+(\\d+)");

    private final String path;
    private final String[] drlLines;
    private final Map<Integer, List<TableCell>> rows;

    private TableCells(String path, String generatedDrl, Map<Integer, List<TableCell>> rows) {
        this.path = path;
        this.drlLines = generatedDrl.split("\r?\n", -1);
        this.rows = rows;
    }

    /** Reads a decision table's cells; {@code generatedDrl} is what Drools compiled from it. */
    public static TableCells of(RuleFile file, String generatedDrl) {
        Map<Integer, List<TableCell>> rows = file.path().endsWith(".csv") ? csvRows(file.text())
                : spreadsheetRows(file.content());
        return new TableCells(file.path(), generatedDrl, rows);
    }

    /**
     * A problem at the table row that produced a line of the generated DRL, at the first cell of that row holding
     * {@code hint}; line 0 when the line belongs to no row (the table's header), column 0 when no cell holds the hint.
     */
    public Problem locate(int drlLine, String hint, String message) {
        int row = rowOf(drlLine);
        int column = 0;
        if (row > 0 && hint != null && !hint.isBlank()) {
            column = rows.getOrDefault(row, List.of()).stream().filter(c -> c.text().contains(hint))
                    .mapToInt(TableCell::column).findFirst().orElse(0);
        }
        return new Problem(path, row, column, message);
    }

    /** The identifier or quoted text at a 1-based line and column of the generated DRL, the hint for a cell. */
    public String tokenAt(int drlLine, int column) {
        if (drlLine < 1 || drlLine > drlLines.length || column < 1) {
            return null;
        }
        String line = drlLines[drlLine - 1];
        int start = Math.min(column - 1, line.length());
        int end = start;
        while (end < line.length() && (Character.isJavaIdentifierPart(line.charAt(end)))) {
            end++;
        }
        return end > start ? line.substring(start, end) : null;
    }

    private int rowOf(int drlLine) {
        for (int i = Math.min(drlLine, drlLines.length) - 1; i >= 0; i--) {
            Matcher row = RULE_ROW.matcher(drlLines[i]);
            if (row.find()) {
                return Integer.parseInt(row.group(1));
            }
            if (drlLines[i].startsWith("end") && i < drlLine - 1) {
                return 0;
            }
        }
        return 0;
    }

    private static Map<Integer, List<TableCell>> csvRows(String text) {
        Map<Integer, List<TableCell>> rows = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            rows.put(i + 1, csvCells(lines[i]));
        }
        return rows;
    }

    private static List<TableCell> csvCells(String line) {
        List<TableCell> cells = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ',';
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                text.append('"');
                i++;
            }
            else if (c == '"' && (quoted || text.isEmpty())) {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted) {
                cells.add(new TableCell(start + 1, text.toString()));
                text.setLength(0);
                start = i + 1;
            }
            else {
                text.append(c);
            }
        }
        return cells;
    }

    private static Map<Integer, List<TableCell>> spreadsheetRows(byte[] content) {
        Map<Integer, List<TableCell>> rows = new HashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<TableCell> cells = rows.computeIfAbsent(row.getRowNum() + 1, r -> new ArrayList<>());
                    for (Cell cell : row) {
                        cells.add(new TableCell(cell.getColumnIndex() + 1, formatter.formatCellValue(cell)));
                    }
                }
            }
        }
        catch (IOException | RuntimeException ex) {
            // A table that cannot be read is reported by the loader; its problems then carry the row only.
        }
        return rows;
    }

    private record TableCell(int column, String text) {
    }
}
