package retention.app.cli;

import java.io.PrintWriter;
import java.util.Map;

import retention.app.dispatch.DispatchSummary;

/**
 * Prints what a dispatch run did: messages by outcome, then the reasons of those not sent.
 */
final class DispatchReport {

    private DispatchReport() {
    }

    static void print(PrintWriter out, DispatchSummary summary) {
        out.printf("  sent        %,8d%n", summary.sent());
        out.printf("  retried     %,8d   (transient failure: they go again after their backoff)%n", summary.retried());
        out.printf("  failed      %,8d%n", summary.failed());
        out.printf("  expired     %,8d%n", summary.expired());
        out.printf("  suppressed  %,8d%n", summary.suppressed());
        out.printf("  postponed   %,8d   (caps, cooldown or quiet hours: they wait for a later slot)%n", summary.postponed());
        for (Map.Entry<String, Map<String, Long>> outcome : summary.reasons().entrySet()) {
            out.printf("  %s by reason:%n", outcome.getKey());
            outcome.getValue().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(reason -> out.printf("    %,8d  %s%n", reason.getValue(), reason.getKey()));
        }
    }
}
