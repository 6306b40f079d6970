package retention.app.cli;

/**
 * A failure a command reports in its own words, with the exit code to return.
 */
final class CommandException extends RuntimeException {

    private final int exitCode;

    CommandException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
