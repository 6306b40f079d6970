package retention.rules.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule file's text with its line starts, turning character offsets into the 1-based line and column that
 * editors and the Drools compiler print. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** 1-based line of an offset. */
    int line(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            }
            else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /** 1-based column of an offset. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The offset of a 1-based line and 0-based column, or -1 when there is no such place. */
    int offset(int line, int column0) {
        if (line < 1 || line > lineStarts.length || column0 < 0) {
            return -1;
        }
        int offset = lineStarts[line - 1] + column0;
        return offset <= text.length() ? offset : -1;
    }

    /**
     * Where a piece of code taken from the file starts: {@code expected} when the file has it there, else the
     * first place at or after {@code from}; -1 when the parser changed it and it cannot be found.
     */
    int find(String code, int expected, int from) {
        if (expected >= 0 && text.startsWith(code, expected)) {
            return expected;
        }
        return from < 0 ? -1 : text.indexOf(code, from);
    }
}
