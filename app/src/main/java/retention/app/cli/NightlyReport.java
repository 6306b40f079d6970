package retention.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import retention.batch.nightly.NightlyRunResult;
import retention.batch.nightly.RunOutcome;
import retention.db.action.ActionCount;

/**
 * Prints what a nightly run did: customers, actions by type and channel, rule book version, duration.
 */
final class NightlyReport {

    private NightlyReport() {
    }

    static void print(PrintWriter out, NightlyRunResult result) {
        if (result.outcome() == RunOutcome.ALREADY_COMPLETED) {
            out.printf("The nightly run for %s had already completed: nothing was run again and no action was added "
                    + "(%,d actions on record).%n", result.runDate(), result.actionCount());
            out.println("To evaluate the customers again, add --force: the date's actions are then replaced.");
        }
        else if (result.outcome() == RunOutcome.FAILED) {
            out.printf("The nightly run for %s FAILED after %s: %s%n", result.runDate(), seconds(result.duration()),
                    result.failure());
            out.println("Run the same date again to resume from the last committed chunk.");
        }
        else {
            out.printf("Nightly run for %s%s completed in %s with rule book %s (run %d).%n", result.runDate(),
                    result.forced() ? " (forced re-run, earlier actions replaced)" : "", seconds(result.duration()),
                    result.ruleBookVersion(), result.executionId());
        }
        out.printf("  customers evaluated  %,d%n", result.customersEvaluated());
        out.printf("  actions              %,d (%s)%n", result.actionCount(), byStatus(result));
        if (result.outcome() == RunOutcome.COMPLETED) {
            out.printf("  messages planned     %,d%n", result.messagesPlanned());
            out.printf("  bad rows skipped     %,d%s%n", result.rowsSkipped(),
                    result.rowsSkipped() > 0 ? " (why: ./retention runs show " + result.executionId() + ")" : "");
            result.steps().forEach((step, took) -> out.printf("  %-20s %s%n", step, seconds(took)));
        }
        printTable(out, result);
    }

    private static String byStatus(NightlyRunResult result) {
        Map<String, Long> counts = new TreeMap<>();
        result.actions().forEach(a -> counts.merge(a.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                a.count(), Long::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((status, count) -> text.append(text.isEmpty() ? "" : ", ").append(String.format("%,d %s", count, status)));
        return text.toString();
    }

    private static void printTable(PrintWriter out, NightlyRunResult result) {
        if (result.actions().isEmpty()) {
            return;
        }
        Map<String, long[]> byAction = new TreeMap<>();
        Map<String, Map<String, Long>> channels = new TreeMap<>();
        for (ActionCount a : result.actions()) {
            long[] counts = byAction.computeIfAbsent(a.actionCode(), k -> new long[4]);
            switch (a.status()) {
                case "PLANNED" -> {
                    counts[0] += a.count();
                    channels.computeIfAbsent(a.actionCode(), k -> new TreeMap<>()).merge(a.channel(), a.count(), Long::sum);
                }
                case "OUTRANKED" -> counts[1] += a.count();
                case "HELD_OUT" -> counts[3] += a.count();
                default -> counts[2] += a.count();
            }
        }
        out.println();
        out.printf("  %-28s %8s %10s %11s %9s   %s%n", "action", "planned", "outranked", "suppressed", "held out",
                "planned by channel");
        byAction.forEach((action, c) -> out.printf("  %-28s %,8d %,10d %,11d %,9d   %s%n", action, c[0], c[1], c[2],
                c[3], describe(channels.getOrDefault(action, Map.of()))));
    }

    private static String describe(Map<String, Long> channels) {
        StringBuilder text = new StringBuilder();
        channels.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> text.append(text.isEmpty() ? "" : ", ").append(String.format("%s %,d", e.getKey(), e.getValue())));
        return text.toString();
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
