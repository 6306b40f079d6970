package retention.app.api.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes rows as CSV (RFC 4180, header first) or JSON Lines, one row at a time.
 *
 * @param <T> the row type
 */
abstract sealed class ExportWriter<T> permits ExportWriter.Csv, ExportWriter.JsonLines {

    protected final Writer out;
    protected final List<Column<T>> columns;

    ExportWriter(Writer out, List<Column<T>> columns) {
        this.out = out;
        this.columns = columns;
    }

    static <T> ExportWriter<T> of(ExportFormat format, Writer out, List<Column<T>> columns, JsonMapper json)
            throws IOException {
        return format == ExportFormat.CSV ? new Csv<>(out, columns) : new JsonLines<>(out, columns, json);
    }

    abstract void write(T row) throws IOException;

    static final class Csv<T> extends ExportWriter<T> {

        Csv(Writer out, List<Column<T>> columns) throws IOException {
            super(out, columns);
            for (int i = 0; i < columns.size(); i++) {
                out.write(i == 0 ? "" : ",");
                out.write(columns.get(i).name());
            }
            out.write("\r\n");
        }

        @Override
        void write(T row) throws IOException {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                Column<T> column = columns.get(i);
                Object value = column.value().apply(row);
                if (value != null) {
                    out.write(cell(value.toString(), column.text()));
                }
            }
            out.write("\r\n");
        }

        /**
         * Quotes a cell when it holds a comma, quote or line break; a text cell that a spreadsheet would take for a
         * formula gets a leading apostrophe (OWASP's advice against CSV injection).
         */
        static String cell(String value, boolean text) {
            String safe = value;
            if (text && !safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
                safe = "'" + safe;
            }
            if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                    || safe.indexOf('\r') >= 0) {
                return '"' + safe.replace("\"", "\"\"") + '"';
            }
            return safe;
        }
    }

    static final class JsonLines<T> extends ExportWriter<T> {

        private final JsonMapper json;

        JsonLines(Writer out, List<Column<T>> columns, JsonMapper json) {
            super(out, columns);
            this.json = json;
        }

        @Override
        void write(T row) throws IOException {
            Map<String, Object> line = new LinkedHashMap<>();
            for (Column<T> column : columns) {
                Object value = column.value().apply(row);
                line.put(column.name(), value == null ? null : value instanceof Number ? value : value.toString());
            }
            out.write(json.writeValueAsString(line));
            out.write('\n');
        }
    }
}
