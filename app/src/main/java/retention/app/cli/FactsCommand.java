package retention.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.batch.features.clv.CustomerSummary;
import retention.batch.features.clv.FitResult;
import retention.batch.features.clv.SummaryFile;

/**
 * Commands about customer facts.
 */
@Command(name = "facts", mixinStandardHelpOptions = true, description = "Customer facts: model fitting and checks.",
        subcommands = { FactsCommand.Fit.class, FactsCheckCommand.class })
final class FactsCommand implements Runnable {

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Fits BG/NBD and Gamma-Gamma on a summary file (ID,x,t_x,T,zbar), as in the CDNOW sample. */
    @Command(name = "fit", mixinStandardHelpOptions = true,
            description = { "Fit the BG/NBD purchase model and the Gamma-Gamma spend model by maximum likelihood",
                    "on a summary file with the columns ID,x,t_x,T,zbar (the CDNOW sample's format)." })
    static final class Fit implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--summary", required = true, paramLabel = "FILE", description = "The summary CSV file.")
        Path summary;

        @Override
        public Integer call() throws IOException {
            List<CustomerSummary> customers;
            try {
                customers = SummaryFile.read(summary);
            }
            catch (IllegalArgumentException ex) {
                throw new CommandException(ex.getMessage(), ExitCodes.USAGE);
            }
            catch (NoSuchFileException ex) {
                throw new CommandException("Cannot read " + summary + ": no such file", ExitCodes.USAGE);
            }
            FitResult fit = FitResult.fit(customers);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Fitted on %,d customers (%,d with repeat purchases).%n", fit.customers(), fit.repeatCustomers());
            out.println("BG/NBD (purchases and drop-out): r, alpha, a, b; Gamma-Gamma (spend): p, q, gamma.");
            out.println(fit.summaryLine());
            return ExitCodes.OK;
        }
    }
}
