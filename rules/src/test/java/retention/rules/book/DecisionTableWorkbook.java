package retention.rules.book;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.csv.CsvLineParser;

/**
 * Writes a CSV decision table as the equivalent spreadsheet: the same cells on one sheet, numbers as numbers, the
 * plain-language header row in bold and frozen, the rows Drools reads as code in grey. The default rule book's
 * {@code offers.drl.xlsx} is made from {@code docs/examples/offers.drl.csv} by {@code rules/make-offers-xlsx.sh}.
 */
final class DecisionTableWorkbook {

    private static final String SHEET = "Offer matrix";
    private static final String SHARED = "...";

    private DecisionTableWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DecisionTableWorkbook TABLE.drl.csv TABLE.drl.xlsx");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }

    /** Converts the CSV table at {@code csv} into a workbook at {@code xlsx}. */
    static void write(Path csv, Path xlsx) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        CsvLineParser parser = new CsvLineParser();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet(SHEET);
            Styles styles = new Styles(workbook);
            int headerRow = headerRow(lines);
            int[] widths = new int[32];
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = parser.parse(lines.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (!value.isEmpty()) {
                        cell(row, c, value, styles.forRow(r, headerRow));
                        widths[c] = Math.max(widths[c], r >= headerRow ? value.length() : 0);
                    }
                }
                if (r == headerRow - 2) {
                    mergeSharedPatterns(sheet, row, cells, styles.forRow(r, headerRow));
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(Math.max(widths[c], 10) + 2, 70) * 256);
            }
            sheet.createFreezePane(1, headerRow + 1);
            workbook.write(out);
        }
    }

    /** The plain-language header: the fourth row of the rule table (keywords, pattern, code, header). */
    static int headerRow(List<String> lines) {
        for (int r = 0; r < lines.size(); r++) {
            if (lines.get(r).startsWith("RuleTable")) {
                return r + 4;
            }
        }
        throw new IllegalArgumentException("no RuleTable in this table");
    }

    /**
     * A CSV table shares one pattern across condition columns by repeating it with a "..." suffix; a spreadsheet
     * does it with one merged cell over those columns (STACK.md), the other cells present and blank.
     */
    private static void mergeSharedPatterns(Sheet sheet, Row row, List<String> cells, CellStyle style) {
        int c = 0;
        while (c < cells.size()) {
            String value = cells.get(c);
            int end = c;
            while (value.endsWith(SHARED) && end + 1 < cells.size() && cells.get(end + 1).equals(value)) {
                end++;
            }
            if (value.endsWith(SHARED)) {
                row.getCell(c).setCellValue(value.substring(0, value.length() - SHARED.length()));
                for (int blank = c + 1; blank <= end; blank++) {
                    row.createCell(blank).setCellStyle(style);
                }
                if (end > c) {
                    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), c, end));
                }
            }
            c = end + 1;
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value.matches("-?\\d{1,9}")) {
            cell.setCellValue(Integer.parseInt(value));
        }
        else {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static final class Styles {

        private final CellStyle technical;
        private final CellStyle header;
        private final CellStyle value;

        Styles(XSSFWorkbook workbook) {
            Font grey = workbook.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            grey.setItalic(true);
            technical = workbook.createCellStyle();
            technical.setFont(grey);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            value = workbook.createCellStyle();
        }

        CellStyle forRow(int row, int headerRow) {
            return row < headerRow ? technical : row == headerRow ? header : value;
        }
    }
}
