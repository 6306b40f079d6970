package retention.app.cli;

import java.io.PrintWriter;
import java.sql.SQLNonTransientConnectionException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import retention.batch.nightly.RunAlreadyRunningException;
import retention.rules.book.Problem;
import retention.rules.book.RuleBookException;

/**
 * Turns a failed command into a message a user can act on and an exit code. The full trace goes to the log file,
 * never to the console.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        ErrorLog.write(ex);
        RuleBookException ruleBook = find(ex, RuleBookException.class);
        if (ruleBook != null) {
            err.println(ruleBook.getMessage().lines().findFirst().orElse("The rule book has errors") + ":");
            for (Problem problem : ruleBook.problems()) {
                err.println("  " + problem);
            }
            err.println("Nothing was run. Fix the files above and try again; ./retention rules validate checks them.");
            return ExitCodes.INVALID_RULE_BOOK;
        }
        Throwable connection = connectionFailure(ex);
        if (connection != null) {
            err.println("Cannot reach the database: " + rootMessage(connection));
            err.println("Check RETENTION_DB_URL, RETENTION_DB_USER and RETENTION_DB_PASSWORD (unset them to use the "
                    + "embedded database under ./data).");
            return ExitCodes.DATABASE_UNREACHABLE;
        }
        RunAlreadyRunningException running = find(ex, RunAlreadyRunningException.class);
        if (running != null) {
            err.println(running.getMessage());
            return ExitCodes.ALREADY_RUNNING;
        }
        if (ex instanceof CommandException command) {
            err.println(command.getMessage());
            return command.exitCode();
        }
        err.println("Error: " + rootMessage(ex));
        err.println("Details are in " + ErrorLog.location() + ".");
        return ExitCodes.FAILURE;
    }

    private static Throwable connectionFailure(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof SQLNonTransientConnectionException || t instanceof java.net.ConnectException
                    || name.endsWith("CommunicationsException") || name.endsWith("UnknownHostException")
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return t;
            }
        }
        return null;
    }

    static <T extends Throwable> T find(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
