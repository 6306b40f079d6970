package retention.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import retention.app.dispatch.DispatchProperties;
import retention.app.dispatch.DispatchSummary;
import retention.app.dispatch.Dispatcher;
import retention.app.schedule.ScheduleProperties;

/**
 * The demo's dispatch: today's messages sent to the log file as of 20:45 in the shop's zone (the last slot before
 * the quiet hours), so the demo need not wait for each customer's hour, and a few of them shown.
 */
final class DemoMessages {

    private static final LocalTime AS_OF = LocalTime.of(20, 45);
    private static final int SHOWN = 3;

    private DemoMessages() {
    }

    static void dispatchToday(PrintWriter out, ConfigurableApplicationContext context, LocalDate today) {
        ZoneId zone = context.getBean(ScheduleProperties.class).zone();
        Path log = context.getBean(DispatchProperties.class).logFile();
        long before = size(log);
        long started = System.nanoTime();
        DispatchSummary summary = context.getBean(Dispatcher.class).dispatch("demo",
                Clock.fixed(today.atTime(AS_OF).atZone(zone).toInstant(), zone));
        out.printf("Dispatched today's messages in %.1f s, as of %s %s (the demo does not wait for each customer's "
                + "hour); every channel writes to %s:%n", (System.nanoTime() - started) / 1e9, AS_OF, zone, log);
        DispatchReport.print(out, summary);
        List<String> samples = samples(log, before);
        if (!samples.isEmpty()) {
            out.println();
            out.println("A few of the messages, one per language:");
            samples.forEach(sample -> out.println(sample.indent(2).stripTrailing()));
        }
    }

    /** Messages written after {@code offset}, the first of each language. */
    private static List<String> samples(Path log, long offset) {
        if (!Files.exists(log)) {
            return List.of();
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        try {
            byte[] all = Files.readAllBytes(log);
            String text = new String(all, (int) Math.min(offset, all.length), (int) (all.length - Math.min(offset, all.length)),
                    StandardCharsets.UTF_8);
            for (String block : text.split("(?m)^(?=--- )")) {
                String header = block.lines().findFirst().orElse("");
                String language = header.replaceAll(".*\\.([a-zA-Z-]+)  key .*", "$1");
                if (!block.isBlank() && byLanguage.size() < SHOWN) {
                    byLanguage.putIfAbsent(language, block.strip());
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new ArrayList<>(byLanguage.values());
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        }
        catch (IOException ex) {
            return 0;
        }
    }
}
