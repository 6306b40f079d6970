package retention.app.cli;

/**
 * The exit codes of {@code ./retention}, documented in docs/operations.md.
 */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int INVALID_RULE_BOOK = 3;
    static final int DATABASE_UNREACHABLE = 4;
    static final int ALREADY_RUNNING = 5;

    private ExitCodes() {
    }
}
