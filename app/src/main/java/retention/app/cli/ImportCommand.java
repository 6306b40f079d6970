package retention.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.db.imports.ImportFile;
import retention.db.imports.ImportReport;
import retention.db.imports.ImportRequest;
import retention.db.imports.ShopImport;

/**
 * Loads a shop's own customers, orders, interactions, site visits and contacts from CSV files.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Import the shop's own data from CSV files (formats in docs/import.md).",
                "Give a folder holding any of customers.csv, orders.csv, interactions.csv, site_visits.csv and",
                "contacts.csv, or the files named one by one. Every row is checked first; by default a single bad row means nothing",
                "is imported. Importing the same files again updates the rows instead of adding them twice." },
        footer = { "", "Exit codes: 0 imported, 1 failure, 2 bad usage or rows with problems (nothing imported)." })
final class ImportCommand implements Callable<Integer> {

    static final Path DEFAULT_REPORT = Path.of("import-rejected.csv");

    @ParentCommand
    RetentionCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FOLDER",
            description = "A folder holding the files under their usual names.")
    Path folder;

    @Option(names = "--customers", paramLabel = "FILE",
            description = "The customers file (instead of FOLDER/customers.csv).")
    Path customers;

    @Option(names = "--orders", paramLabel = "FILE", description = "The orders file.")
    Path orders;

    @Option(names = "--interactions", paramLabel = "FILE", description = "The interactions file.")
    Path interactions;

    @Option(names = "--site-visits", paramLabel = "FILE", description = "The site visits file.")
    Path siteVisits;

    @Option(names = "--contacts", paramLabel = "FILE", description = "The contacts file.")
    Path contacts;

    @Option(names = "--skip-bad-rows", description = "Import the good rows and reject the bad ones, each with its "
            + "reasons in the report file, instead of importing nothing.")
    boolean skipBadRows;

    @Option(names = "--report", paramLabel = "FILE", description = "Write every problem found to this CSV file "
            + "(default with --skip-bad-rows: import-rejected.csv in the current folder).")
    Path report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportRequest request = request(err);
        try (ConfigurableApplicationContext context = root.launcher().command()) {
            out.println("Database: " + Databases.describe(context));
            batchingHint(context, err);
            out.println("Importing " + String.join(", ", request.files().values().stream().map(Path::toString)
                    .toList()));
            ImportReport result = run(context, request, out);
            ImportOutput.print(out, err, result, request);
            return result.applied() ? ExitCodes.OK : ExitCodes.USAGE;
        }
    }

    private static ImportReport run(ConfigurableApplicationContext context, ImportRequest request, PrintWriter out) {
        ShopImport shopImport = new ShopImport(context.getBean(DataSource.class), context.getBean(Clock.class));
        try {
            return shopImport.run(request, line -> out.println("  " + line));
        }
        catch (IllegalStateException | UncheckedIOException ex) {
            ErrorLog.write(ex);
            throw new CommandException("Import failed: " + ex.getMessage() + System.lineSeparator() + "Details are in "
                    + ErrorLog.location() + ".", ExitCodes.FAILURE);
        }
    }

    private ImportRequest request(PrintWriter err) {
        Map<ImportFile, Path> files = new EnumMap<>(ImportFile.class);
        if (folder != null) {
            if (!Files.isDirectory(folder)) {
                throw usage(folder + " is not a folder; name a folder holding the CSV files, or each file with its "
                        + "option (--customers, --orders, ...)");
            }
            files.putAll(ImportRequest.inFolder(folder));
            warnAboutOtherFiles(err);
        }
        put(files, ImportFile.CUSTOMERS, customers);
        put(files, ImportFile.ORDERS, orders);
        put(files, ImportFile.INTERACTIONS, interactions);
        put(files, ImportFile.SITE_VISITS, siteVisits);
        put(files, ImportFile.CONTACTS, contacts);
        if (files.isEmpty()) {
            throw usage((folder == null ? "No file to import" : "No file to import in " + folder)
                    + ": expected " + String.join(", ", names()) + ", or the files named with --customers, --orders, "
                    + "--interactions, --site-visits, --contacts");
        }
        Path reportFile = report != null ? report : skipBadRows ? DEFAULT_REPORT : null;
        return new ImportRequest(files, skipBadRows, reportFile);
    }

    private static void put(Map<ImportFile, Path> files, ImportFile file, Path path) {
        if (path == null) {
            return;
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw usage("Cannot read " + path + " (" + file.fileName() + "): no such readable file");
        }
        files.put(file, path);
    }

    /** A misspelt file name must not be skipped in silence. */
    private void warnAboutOtherFiles(PrintWriter err) {
        try (Stream<Path> listing = Files.list(folder)) {
            listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.toLowerCase().endsWith(".csv") && !names().contains(name))
                    .sorted().forEach(name -> err.println("Ignoring " + name + ": not one of " + String.join(", ",
                            names())));
        }
        catch (IOException ex) {
            throw usage("Cannot list " + folder + ": " + ex.getMessage());
        }
    }

    private static void batchingHint(ConfigurableApplicationContext context, PrintWriter err) {
        String url = context.getEnvironment().getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:mysql:") && !url.contains("rewriteBatchedStatements=true")) {
            err.println("Note: add rewriteBatchedStatements=true to the database URL; without it Connector/J sends "
                    + "each row on its own and large imports are many times slower.");
        }
    }

    private static List<String> names() {
        return Stream.of(ImportFile.values()).map(ImportFile::fileName).toList();
    }

    private static CommandException usage(String message) {
        return new CommandException(message, ExitCodes.USAGE);
    }
}
