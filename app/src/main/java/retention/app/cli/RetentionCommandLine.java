package retention.app.cli;

import java.io.PrintWriter;
import java.util.Map;

import picocli.CommandLine;

/**
 * Parses and runs one {@code ./retention} command and turns every failure into a clear message and an exit code:
 * 0 success, 1 failure, 2 bad usage, 3 invalid rule book, 4 database unreachable, 5 the date is already running.
 */
public final class RetentionCommandLine {

    /** Returned by a command that leaves the service running: the process must not exit. */
    public static final int KEEP_RUNNING = -1;

    private final Launcher launcher;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * @param properties Spring properties that override the defaults, for tests
     * @param out standard output
     * @param err standard error
     */
    public RetentionCommandLine(Map<String, Object> properties, PrintWriter out, PrintWriter err) {
        this.launcher = new Launcher(properties);
        this.out = out;
        this.err = err;
    }

    /** Runs a command with the process's own streams. */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return new RetentionCommandLine(Map.of(), out, err).run(args);
    }

    public int run(String... args) {
        CommandLine cli = new CommandLine(new RetentionCommand(launcher));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        int exit = cli.execute(args);
        out.flush();
        err.flush();
        return exit;
    }
}
