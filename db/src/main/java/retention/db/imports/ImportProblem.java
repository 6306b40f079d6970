package retention.db.imports;

/**
 * Something wrong in an import file, with where it is.
 *
 * @param file the file's name
 * @param line the line, 0 when the problem concerns the whole file
 * @param column the 1-based column, 0 when the problem concerns the whole row
 * @param field the column's name in the header, or null
 * @param message what is wrong and, where it helps, what is expected
 */
public record ImportProblem(String file, long line, int column, String field, String message) {

    /** As {@code orders.csv:14:5: amount: '-3.00' is negative; amounts are 0 or more}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (field != null) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}
