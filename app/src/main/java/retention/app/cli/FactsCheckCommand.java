package retention.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retention.batch.features.ClassScore;
import retention.batch.features.DetectionScore;
import retention.batch.features.FeatureSnapshot;

/**
 * Compares the detected stages and churn causes with the truth planted by the generator.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = { "Compare detected stages and churn causes with the truth planted by './retention generate'.",
                "Prints a confusion table per class; the last line is stage_macro_f1=... cause_macro_f1=..." })
final class FactsCheckCommand implements Callable<Integer> {

    @ParentCommand
    FactsCommand facts;

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Run date to score (default: the date the planted truth describes).")
    LocalDate date;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = facts.root.launcher().command()) {
            DetectionScore score = context.getBean(DetectionScore.class);
            LocalDate runDate = date != null ? date : score.truthDate().orElseThrow(() -> new CommandException(
                    "No planted truth in this database; generate a shop first with ./retention generate", ExitCodes.FAILURE));
            if (!score.hasSnapshot(runDate)) {
                out.printf("Computing the customer facts of %s...%n", runDate);
                context.getBean(FeatureSnapshot.class).compute(runDate);
            }
            printStages(out, score.stageConfusion(runDate));
            List<ClassScore> stages = score.stageScores(runDate);
            printScores(out, "stage", stages);
            List<ClassScore> causes = score.causeScores(runDate);
            printScores(out, "cause", causes);
            out.printf("stage_macro_f1=%.3f cause_macro_f1=%.3f%n", DetectionScore.macroF1(stages),
                    DetectionScore.macroF1(causes));
            return ExitCodes.OK;
        }
    }

    private static void printStages(PrintWriter out, Map<String, Map<String, Long>> confusion) {
        out.println("Stages: planted (rows) against detected (columns)");
        out.printf("  %-10s", "");
        confusion.keySet().forEach(stage -> out.printf(" %10s", stage));
        out.println();
        confusion.forEach((planted, row) -> {
            out.printf("  %-10s", planted);
            row.values().forEach(n -> out.printf(" %,10d", n));
            out.println();
        });
        out.println();
    }

    private static void printScores(PrintWriter out, String kind, List<ClassScore> scores) {
        out.printf("  %-22s %8s %8s %8s %9s %7s %6s%n", kind, "correct", "missed", "wrong", "precision", "recall", "F1");
        for (ClassScore s : scores) {
            out.printf("  %-22s %,8d %,8d %,8d %9.3f %7.3f %6.3f%n", s.name(), s.truePositives(), s.falseNegatives(),
                    s.falsePositives(), s.precision(), s.recall(), s.f1());
        }
        out.println();
    }
}
