package retention.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Shows the action log: what was decided for whom, by which rule and rule book version, on which facts.
 */
@Command(name = "actions", mixinStandardHelpOptions = true,
        description = "Show the action log: who got what, by which rule, on which facts, and why others lost.")
final class ActionsCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "Run date.")
    LocalDate date;

    @Option(names = "--customer", description = "Customer id.")
    Long customer;

    @Option(names = "--action", description = "Action code, e.g. WINBACK_DISCOUNT.")
    String action;

    @Option(names = "--status", description = "PLANNED, OUTRANKED or SUPPRESSED.")
    String status;

    @Option(names = "--limit", defaultValue = "20", description = "Rows to show, at most 1000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 1000) {
            throw new CommandException("--limit must be between 1 and 1000, was " + limit, ExitCodes.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = root.launcher().command()) {
            StringBuilder sql = new StringBuilder("SELECT a.run_date, a.customer_id, a.action_code, a.channel, "
                    + "a.status, a.rule_name, a.rule_book_version_id, a.offer, a.reason, a.explanation "
                    + "FROM retention_action a WHERE 1 = 1");
            List<Object> params = new ArrayList<>();
            filter(sql, params, "a.run_date", date);
            filter(sql, params, "a.customer_id", customer);
            filter(sql, params, "a.action_code", action == null ? null : action.toUpperCase());
            filter(sql, params, "a.status", status == null ? null : status.toUpperCase());
            sql.append(" ORDER BY a.run_date DESC, a.customer_id, a.priority DESC LIMIT ?");
            params.add(limit);
            int[] shown = { 0 };
            JdbcClient.create(context.getBean(DataSource.class)).sql(sql.toString()).params(params).query(rs -> {
                shown[0]++;
                out.printf("%s  customer %d  %s via %s  %s  (rule book v%d)%n", rs.getObject(1, LocalDate.class),
                        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(7));
                out.printf("    rule:    %s%n", rs.getString(6));
                if (rs.getString(8) != null) {
                    out.printf("    offer:   %s%n", rs.getString(8));
                }
                if (rs.getString(9) != null) {
                    out.printf("    reason:  %s%n", rs.getString(9));
                }
                out.printf("    facts:   %s%n", rs.getString(10));
            });
            if (shown[0] == 0) {
                out.println("No actions match. Run ./retention run-nightly first, or widen the filters.");
            }
            return ExitCodes.OK;
        }
    }

    private static void filter(StringBuilder sql, List<Object> params, String column, Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }
}
