package retention.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * Runs {@code ./retention} in-process with captured output, as a user would see it.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun of(Map<String, Object> properties, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new RetentionCommandLine(properties, new PrintWriter(out), new PrintWriter(err)).run(args);
        return new CommandLineRun(exit, out.toString(), err.toString());
    }

    static CommandLineRun of(String... args) {
        return of(Map.of(), args);
    }
}
