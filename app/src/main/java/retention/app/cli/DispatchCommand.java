package retention.app.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.app.dispatch.DispatchSummary;
import retention.app.dispatch.Dispatcher;

/**
 * Sends the recall messages that are due now, once, as a send slot would; or lists the messages that failed.
 */
@Command(name = "dispatch", mixinStandardHelpOptions = true,
        description = { "Send the recall messages that are due now, with the contact policy checked once more.",
                "Prints how many were sent, retried, failed, expired, suppressed and postponed, and why.",
                "Exit code 1 when a message failed for good in this run; its reason is in table outbox." })
final class DispatchCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--failed", description = "Send nothing; list the latest failed and expired messages with reasons.")
    boolean failed;

    @Option(names = "--limit", defaultValue = "20", description = "Messages to list with --failed (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = root.launcher().command()) {
            if (failed) {
                return listFailed(out, JdbcClient.create(context.getBean(DataSource.class)));
            }
            out.println("Database: " + Databases.describe(context));
            long started = System.nanoTime();
            DispatchSummary summary = context.getBean(Dispatcher.class).dispatchDue("command");
            out.printf("Dispatched %,d due message(s) in %.1f s.%n", summary.total(), (System.nanoTime() - started) / 1e9);
            DispatchReport.print(out, summary);
            if (summary.failed() > 0) {
                out.println("Some messages failed for good: ./retention dispatch --failed lists them with the reason.");
            }
            return summary.failed() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
        }
    }

    private int listFailed(PrintWriter out, JdbcClient jdbc) {
        int[] shown = { 0 };
        jdbc.sql("SELECT o.id, o.customer_id, o.channel, o.template, o.status, o.attempts, o.send_at, o.status_reason "
                + "FROM outbox o WHERE o.status IN ('FAILED', 'EXPIRED') ORDER BY o.send_at DESC, o.id DESC LIMIT ?")
                .param(Math.max(1, Math.min(limit, 1000))).query(rs -> {
                    shown[0]++;
                    out.printf("message %d  customer %d  %s %s  %s after %d attempt(s), due %s UTC%n    %s%n",
                            rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6), rs.getObject(7, LocalDateTime.class), rs.getString(8));
                });
        if (shown[0] == 0) {
            out.println("No failed or expired messages.");
        }
        return ExitCodes.OK;
    }
}
