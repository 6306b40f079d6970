package retention.rules.validate;

import retention.rules.book.Problem;

/**
 * One thing validation found, located by file, line and column.
 *
 * @param severity error or warning
 * @param problem where and what
 */
public record Finding(Severity severity, Problem problem) {

    static Finding error(Problem problem) {
        return new Finding(Severity.ERROR, problem);
    }

    static Finding warning(Problem problem) {
        return new Finding(Severity.WARNING, problem);
    }

    /** {@code file:line:column: message} for an error, {@code file:line:column: warning: message} for a warning. */
    @Override
    public String toString() {
        return severity == Severity.ERROR ? problem.toString()
                : problem.file() + ":" + problem.line() + ":" + problem.column() + ": warning: " + problem.message();
    }
}
