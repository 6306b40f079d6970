package retention.rules.book;

/**
 * Something wrong in a rule book file, located the way editors and compilers print it.
 *
 * @param file path relative to the rule book folder
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong, in plain words
 */
public record Problem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
