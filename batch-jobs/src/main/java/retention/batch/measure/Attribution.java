package retention.batch.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links the actions of recent nights, sent and held out alike, to the first paid order in their window, in SQL:
 * one DELETE and one INSERT ... SELECT for all the nights whose window was still open on the date attributed.
 */
@Component
public class Attribution {

    private static final String SQL = read("attribute-orders.sql");

    private final JdbcClient jdbc;
    private final AttributionProperties properties;

    public Attribution(JdbcClient jdbc, AttributionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Nights older than the window that are attributed again, so that a week without attribution is caught up. */
    static final int CATCH_UP_DAYS = 7;

    /**
     * Attributes as of the end of {@code asOf}: the actions of the nights from {@code asOf} minus the window (and a
     * week to catch up) to {@code asOf}, counting orders placed before the next midnight (UTC). Run every day, it
     * closes each night's window on the day the window ends.
     *
     * @return the number of actions attributed
     */
    @Transactional
    public int attribute(LocalDate asOf) {
        return attribute(asOf.minusDays(properties.windowDays() + CATCH_UP_DAYS), asOf, asOf);
    }

    /**
     * Attributes the actions of the nights from {@code firstNight} to {@code lastNight} as of the end of
     * {@code asOf}, in one statement: a backfill or a simulation closes many nights at once this way instead of
     * attributing the same nights again day after day.
     *
     * @return the number of actions attributed
     */
    @Transactional
    public int attribute(LocalDate firstNight, LocalDate lastNight, LocalDate asOf) {
        jdbc.sql("DELETE FROM action_outcome WHERE run_date BETWEEN ? AND ?").params(firstNight, lastNight).update();
        return jdbc.sql(SQL)
                .param("firstNight", firstNight)
                .param("lastNight", lastNight)
                .param("windowDays", properties.windowDays())
                .param("countedUntil", LocalDateTime.of(asOf.plusDays(1), java.time.LocalTime.MIDNIGHT))
                .update();
    }

    public AttributionProperties properties() {
        return properties;
    }

    private static String read(String name) {
        try {
            return new ClassPathResource("retention/batch/measure/" + name).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Missing SQL resource " + name, ex);
        }
    }
}
