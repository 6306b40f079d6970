package retention.app.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import retention.batch.measure.AttributionProperties;
import retention.batch.measure.Kpis;
import retention.batch.measure.UpliftReport;

/**
 * Gathers the report's figures for a range of nights; by default the last 90 days.
 */
@Component
public class Measurements {

    static final int DEFAULT_DAYS = 90;

    private final UpliftReport uplift;
    private final Kpis kpis;
    private final AttributionProperties attribution;
    private final Clock clock;

    public Measurements(UpliftReport uplift, Kpis kpis, AttributionProperties attribution, Clock clock) {
        this.uplift = uplift;
        this.kpis = kpis;
        this.attribution = attribution;
        this.clock = clock;
    }

    /** The figures of the nights from {@code from} to {@code to}; a null end takes its default. */
    public Measurement of(LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.now(clock);
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("--to " + last + " is before --from " + first);
        }
        return new Measurement(first, last, attribution.windowDays(), kpis.properties().periodDays(),
                uplift.byRule(first, last), uplift.byAction(first, last), kpis.over(first, last, Kpis.By.STAGE),
                kpis.over(first, last, Kpis.By.SEGMENT));
    }
}
