package retention.app.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers a mistyped command line with what was wrong and where to look, without a stack trace.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        if (ex instanceof UnmatchedArgumentException unmatched && cli.getCommandSpec().parent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            err.println("Unknown command '" + unmatched.getUnmatched().get(0) + "'.");
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        else {
            err.println(ex.getMessage());
        }
        err.println("Run '" + cli.getCommandSpec().qualifiedName(" ").replaceFirst("^retention", "./retention")
                + " --help' for usage.");
        return ExitCodes.USAGE;
    }
}
