package retention.app.cli;

import java.io.PrintWriter;

import retention.db.imports.FileSummary;
import retention.db.imports.ImportProblem;
import retention.db.imports.ImportReport;
import retention.db.imports.ImportRequest;

/**
 * Prints what an import did: a line per file (rows read, inserted, updated, rejected), the time taken, and the
 * problems found, at most {@link retention.db.imports.ShopImport#SHOWN_PROBLEMS} of them with the total.
 */
final class ImportOutput {

    private ImportOutput() {
    }

    static void print(PrintWriter out, PrintWriter err, ImportReport report, ImportRequest request) {
        printProblems(err, report, request);
        out.printf("  %-20s %10s %10s %10s %10s%n", "file", "read", "inserted", "updated", "rejected");
        for (FileSummary file : report.files()) {
            out.printf("  %-20s %,10d %,10d %,10d %,10d%n", file.name(), file.read(), file.inserted(), file.updated(),
                    file.rejected());
        }
        double seconds = report.millis() / 1000.0;
        if (report.applied()) {
            out.printf("Imported %,d of %,d rows in %.1f s%s.%n", report.rowsRead() - report.rejectedRows(),
                    report.rowsRead(), seconds, seconds < 1 ? "" : String.format(" (%,.0f rows/s)",
                            report.rowsRead() / seconds));
            if (report.rejectedRows() > 0) {
                out.printf("%,d rows were rejected; each one, with its reasons, is in %s.%n", report.rejectedRows(),
                        request.report());
            }
        }
        else {
            err.printf("Nothing was imported (%.1f s): the database is as it was.%n", seconds);
            if (report.rejectedRows() > 0) {
                err.println("Fix the rows above and import again, or use --skip-bad-rows to import the good rows.");
            }
        }
    }

    private static void printProblems(PrintWriter err, ImportReport report, ImportRequest request) {
        for (ImportProblem problem : report.problems()) {
            err.println(problem);
        }
        long more = report.problemCount() - report.problems().size();
        if (more > 0) {
            err.printf("... and %,d more problems (%,d in all)%s.%n", more, report.problemCount(),
                    request.report() == null ? "; --report FILE lists every one" : "; " + request.report()
                            + " lists every one");
        }
    }
}
