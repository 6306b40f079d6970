package retention.rules.sandbox;

/**
 * A piece of code taken from a rule file (a condition, an eval, a consequence), with where it starts: the exact
 * offset in the file when known, else the line and column of the element it belongs to.
 *
 * @param code the code as Drools will compile it
 * @param offset its first character's offset in the file, or -1 when unknown
 * @param line 1-based line to use when the offset is unknown
 * @param column 1-based column to use when the offset is unknown
 */
record Snippet(String code, int offset, int line, int column) {

    /** The file line and column of a character of the code, as {line, column}. */
    int[] position(SourceText source, int index) {
        if (offset >= 0) {
            return new int[] {source.line(offset + index), source.column(offset + index)};
        }
        int relativeLine = 0;
        int lineStart = 0;
        for (int i = 0; i < index && i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == code.length() || code.charAt(i + 1) != '\n')) {
                relativeLine++;
                lineStart = i + 1;
            }
        }
        return relativeLine == 0 ? new int[] {line, column + index}
                : new int[] {line + relativeLine, index - lineStart + 1};
    }
}
