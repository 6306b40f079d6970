package retention.batch.features;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long each phase of a long computation took, in one line at the end: where a slow night spent its time.
 */
final class PhaseTimer {

    private static final Logger log = LoggerFactory.getLogger(PhaseTimer.class);

    private final String name;
    private final long started = System.nanoTime();
    private final List<String> laps = new ArrayList<>();
    private long last = started;

    PhaseTimer(String name) {
        this.name = name;
    }

    void lap(String phase) {
        long now = System.nanoTime();
        laps.add(String.format("%s %.1f s", phase, (now - last) / 1e9));
        last = now;
    }

    void done() {
        log.info("Computed the {} in {} s: {}", name, String.format("%.1f", (System.nanoTime() - started) / 1e9),
                String.join(", ", laps));
    }
}
