package retention.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level command: lists the others.
 */
@Command(name = "retention", mixinStandardHelpOptions = true, version = "retention 0.1.0",
        description = "Keeps an online shop's customers from leaving and wins back the ones who left.",
        subcommands = { DemoCommand.class, GenerateCommand.class, RunNightlyCommand.class, RunsCommand.class,
                ActionsCommand.class,
                ServeCommand.class, RulesCommand.class, FactsCommand.class, ImportCommand.class,
                DispatchCommand.class, AttributeCommand.class, ReportCommand.class, SimulateCommand.class,
                BenchCommand.class },
        footer = { "", "Database: the embedded H2 under ./data unless RETENTION_DB_URL names a MySQL/MariaDB server.",
                "Exit codes: 0 ok, 1 failure, 2 bad usage, 3 invalid rule book, 4 database unreachable,",
                "5 the run of that date is already going on." })
final class RetentionCommand implements Runnable {

    private final Launcher launcher;

    @Spec
    CommandSpec spec;

    RetentionCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    Launcher launcher() {
        return launcher;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
