package retention.batch.nightly;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells whoever watches a long run how far it is: the step it is in and, while rules are evaluated, customers done
 * out of the total, the rate and the time left. Lines go to the log and to subscribers such as the console.
 */
@Component
public class RunProgress {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);
    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final Clock clock;
    private final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();
    private LocalDate runDate;
    private long total;
    private long done;
    private Instant started = Instant.EPOCH;
    private Instant lastReport = Instant.EPOCH;

    public RunProgress(Clock clock) {
        this.clock = clock;
    }

    /** Sends progress lines to a subscriber until the returned handle is closed. */
    public AutoCloseable subscribe(Consumer<String> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    void stepStarted(LocalDate date, String step) {
        report(date + ": " + describe(step) + "...");
    }

    synchronized void evaluationStarted(LocalDate date, long customers) {
        runDate = date;
        total = customers;
        done = 0;
        started = clock.instant();
        lastReport = started;
    }

    synchronized void evaluated(int customers) {
        done += customers;
        Instant now = clock.instant();
        if (Duration.between(lastReport, now).compareTo(INTERVAL) >= 0 || done >= total) {
            lastReport = now;
            report(line(now));
        }
    }

    private String line(Instant now) {
        double seconds = Math.max(Duration.between(started, now).toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        long left = Math.max(total - done, 0);
        String eta = rate > 0 && left > 0 ? String.format(", about %.0f s to go", left / rate) : "";
        return String.format("%s: %,d of %,d customers evaluated (%.0f%%), %,.0f/s%s", runDate, done, total,
                total == 0 ? 100.0 : 100.0 * done / total, rate, eta);
    }

    private void report(String line) {
        log.info(line);
        subscribers.forEach(s -> s.accept(line));
    }

    private static String describe(String step) {
        return switch (step) {
            case "checkDataStep" -> "checking the data for bad rows";
            case "snapshotFeaturesStep" -> "computing customer facts, churn causes and customer values";
            case "evaluateRulesStep" -> "evaluating the rule book";
            case "planDispatchStep" -> "planning messages";
            default -> step;
        };
    }
}
