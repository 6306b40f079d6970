package retention.db.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a CSV file (RFC 4180: comma-separated, fields in double quotes may hold commas, line
 * breaks and doubled quotes) with the line each starts on. Holds one record at a time; blank lines are skipped and
 * a UTF-8 byte order mark is ignored. Broken UTF-8, text after a closing quote, a quote left open and an overlong
 * field are reported as the record's {@link CsvRecord.Flaw}, and reading goes on with the next record.
 */
final class CsvReader {

    /** Longer fields are cut: an unclosed quote must not pull a whole file into memory. */
    static final int MAX_FIELD = 100_000;

    private static final char QUOTE = '"';
    private static final char COMMA = ',';
    private static final char BOM = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';
    private static final int NONE = Integer.MIN_VALUE;

    private final Utf8Input in;
    private final StringBuilder field = new StringBuilder();
    private long line = 1;
    private int pushedBack = NONE;
    private boolean started;
    private List<String> fields;
    private CsvRecord.Flaw flaw;

    CsvReader(InputStream in) {
        this.in = new Utf8Input(in);
    }

    /** The next record, or null at the end of the file. */
    CsvRecord next() throws IOException {
        int c = skipBlankLines(read());
        if (c == Utf8Input.END) {
            return null;
        }
        long start = line;
        fields = new ArrayList<>();
        flaw = null;
        while (true) {
            c = c == QUOTE ? quoted() : unquoted(c);
            endField();
            if (c == COMMA) {
                c = read();
                continue;
            }
            endLine(c);
            return new CsvRecord(start, fields, flaw);
        }
    }

    private int skipBlankLines(int c) throws IOException {
        if (!started) {
            started = true;
            if (c == BOM) {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {
            endLine(c);
            c = read();
        }
        return c;
    }

    /** Reads an unquoted field from its first character; returns the comma, line break or end after it. */
    private int unquoted(int c) throws IOException {
        while (c != COMMA && c != '\r' && c != '\n' && c != Utf8Input.END) {
            append(c);
            c = read();
        }
        return c;
    }

    /** Reads a quoted field after its opening quote; returns the comma, line break or end after it. */
    private int quoted() throws IOException {
        long opened = line;
        while (true) {
            int c = read();
            if (c == Utf8Input.END) {
                flaw("the quote opened on line " + opened + " is never closed", opened);
                return c;
            }
            if (c == QUOTE) {
                c = read();
                if (c != QUOTE) {
                    return afterClosingQuote(c);
                }
            }
            else if (c == '\r' || c == '\n') {
                endLine(c);
                c = '\n';
            }
            append(c);
        }
    }

    private int afterClosingQuote(int c) throws IOException {
        if (c == COMMA || c == '\r' || c == '\n' || c == Utf8Input.END) {
            return c;
        }
        flaw("text after the closing quote; write a quote inside a quoted field as two quotes (\"\")", line);
        return unquoted(c);
    }

    private void append(int c) {
        if (c == Utf8Input.MALFORMED) {
            flaw("the text is not valid UTF-8; save the file as UTF-8", line);
            c = REPLACEMENT;
        }
        if (field.length() < MAX_FIELD) {
            field.append((char) c);
        }
        else if (field.length() == MAX_FIELD) {
            flaw("a field longer than " + MAX_FIELD + " characters (a quote left open?)", line);
            field.append(REPLACEMENT);
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
    }

    /** Counts the line break c, if it is one; a CR LF pair is one break. */
    private void endLine(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                pushedBack = next;
            }
        }
        if (c == '\r' || c == '\n') {
            line++;
        }
    }

    private void flaw(String message, long where) {
        if (flaw == null) {
            flaw = new CsvRecord.Flaw(where, fields.size(), message);
        }
    }

    private int read() throws IOException {
        if (pushedBack != NONE) {
            int c = pushedBack;
            pushedBack = NONE;
            return c;
        }
        return in.read();
    }
}
