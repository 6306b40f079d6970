package retention.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.app.report.HtmlReport;
import retention.app.report.Measurement;
import retention.app.report.Measurements;
import retention.app.report.ReportTables;

/**
 * Prints the measurement report, or writes it as one HTML file.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = { "Does it bring customers back? Uplift per rule against its control group, and the KPIs.",
                "Uplift per rule and action with 95% intervals and incremental revenue net of offer cost, and",
                "the retention KPIs over time by stage and RFM segment." })
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "First night (default: 90 days before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Last night, included (default: today).")
    LocalDate to;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Write one self-contained HTML file with the charts instead of printing tables.")
    Path html;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandException("--to " + to + " is before --from " + from + ".", ExitCodes.USAGE);
        }
        try (ConfigurableApplicationContext context = root.launcher().command()) {
            Measurement measurement = context.getBean(Measurements.class).of(from, to);
            if (html == null) {
                ReportTables.print(out, measurement);
                return ExitCodes.OK;
            }
            write(html, HtmlReport.render(measurement));
            out.printf("Wrote the report from %s to %s to %s%n", measurement.from(), measurement.to(), html);
            return ExitCodes.OK;
        }
    }

    private static void write(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new CommandException("Cannot write " + file + ": " + ex.getMessage(), ExitCodes.FAILURE);
        }
    }
}
