package retention.app.api.rulebook;

import java.util.List;

import retention.rules.book.Problem;

/**
 * The outcome of validating an uploaded rule book.
 *
 * @param valid whether it compiles with no problem
 * @param fileCount files validated
 * @param ruleCount rules found, when valid
 * @param contentHash the version's identity, when valid
 * @param problems every problem, located by file, line and column
 * @param ignored uploaded files that are not part of a rule book version (such as a README)
 */
record Validation(boolean valid, int fileCount, int ruleCount, String contentHash, List<Located> problems,
        List<String> ignored) {

    /**
     * A problem and where it is.
     *
     * @param file the file
     * @param line 1-based line, 0 for the whole file
     * @param column 1-based column, 0 when unknown
     * @param message what is wrong
     * @param location {@code file:line:column}, as editors read it
     */
    record Located(String file, int line, int column, String message, String location) {

        static Located of(Problem p) {
            return new Located(p.file(), p.line(), p.column(), p.message(), p.file() + ":" + p.line() + ":" + p.column());
        }
    }
}
