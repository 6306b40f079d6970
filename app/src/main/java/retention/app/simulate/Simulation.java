package retention.app.simulate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.app.dispatch.Dispatcher;
import retention.app.schedule.ScheduleProperties;
import retention.batch.nightly.NightlyRun;
import retention.batch.nightly.NightlyRunResult;
import retention.batch.nightly.RunOutcome;
import retention.db.generate.GeneratorSettings;
import retention.db.generate.ShopGenerator;
import retention.db.simulate.Exposure;
import retention.db.simulate.Market;
import retention.db.simulate.TrueEffects;

/**
 * Plays nights in a row on a generated shop: the nightly job decides, the dispatcher sends through the LOG channel
 * at the end of each day's send slots, the market answers, and when the last window has closed the product's own
 * attribution measures what each rule did. Everything but the customers is the product as it runs in production.
 */
@Component
public class Simulation {

    /** The end of the day's send slots, when the day's dispatch runs (it does not wait for each customer's hour). */
    private static final LocalTime DISPATCH_AT = LocalTime.of(20, 45);
    /** A message is settled within its validity (48 hours by default); a week leaves room for longer ones. */
    private static final int SETTLE_DAYS = 7;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final NightlyRun nightlyRun;
    private final Dispatcher dispatcher;
    private final ZoneId zone;

    public Simulation(DataSource dataSource, NightlyRun nightlyRun, Dispatcher dispatcher, ScheduleProperties schedule) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.nightlyRun = nightlyRun;
        this.dispatcher = dispatcher;
        this.zone = schedule.zone();
    }

    /**
     * Generates the shop as of {@code start}, then plays {@code nights} nights from it and {@code windowDays} more
     * days of the market so that the last night's messages have their full attribution window.
     *
     * @return the true effect of each rule, and the dates run
     */
    public MarketRun play(int customers, int nights, long seed, LocalDate start, int windowDays, Consumer<String> progress) {
        Long existing = jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
        if (existing > 0) {
            throw new IllegalStateException("the simulation needs an empty database, and this one holds " + existing
                    + " customers");
        }
        new ShopGenerator(dataSource).generate(new GeneratorSettings(customers, seed, start, 0, false), m -> { });
        Market market = Market.open(dataSource, TrueEffects.defaults(), seed, windowDays);
        Set<Long> settled = new HashSet<>();
        long started = System.nanoTime();
        for (int night = 0; night < nights; night++) {
            LocalDate day = start.plusDays(night);
            NightlyRunResult result = nightlyRun.run(day);
            if (result.outcome() == RunOutcome.FAILED) {
                throw new IllegalStateException("the nightly run of " + day + " failed: " + result);
            }
            dispatcher.dispatch("simulation", Clock.fixed(day.atTime(DISPATCH_AT).atZone(zone).toInstant(), zone));
            market.expose(exposures(day, settled));
            int orders = market.play(day);
            progress.accept(String.format("night %d/%d (%s): %,d orders, %.0f s", night + 1, nights, day, orders,
                    (System.nanoTime() - started) / 1e9));
        }
        for (int extra = 0; extra < windowDays; extra++) {
            market.play(start.plusDays(nights + extra));
        }
        return new MarketRun(start, start.plusDays(nights - 1), market.truth(), market.size());
    }

    /**
     * The night's choices: the treated arm's settled by today's dispatch (messages sent, and messages the contact
     * policy kept back: suppressed, expired, failed; a message postponed to a later day is settled when it goes),
     * and tonight's held-out customers.
     */
    private List<Exposure> exposures(LocalDate day, Set<Long> settled) {
        List<Exposure> exposures = new ArrayList<>();
        jdbc.sql("SELECT a.id, a.customer_id, a.rule_name, a.action_code, a.run_date, o.status FROM retention_action a "
                + "LEFT JOIN outbox o ON o.action_id = a.id WHERE a.run_date BETWEEN ? AND ? AND a.status = 'PLANNED' "
                + "AND a.kind <> 'SUPPRESS' AND (o.status IS NULL OR o.status NOT IN ('PENDING', 'RETRY', 'SENDING')) "
                + "ORDER BY a.run_date, a.id")
                .params(day.minusDays(SETTLE_DAYS), day)
                .query(rs -> {
                    if (settled.add(rs.getLong(1))) {
                        exposures.add(new Exposure(rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, LocalDate.class), day, "SENT".equals(rs.getString(6)), false));
                    }
                });
        jdbc.sql("SELECT customer_id, rule_name, action_code FROM retention_action WHERE run_date = ? "
                + "AND status = 'HELD_OUT' ORDER BY id")
                .param(day)
                .query(rs -> {
                    exposures.add(new Exposure(rs.getLong(1), rs.getString(2), rs.getString(3), day, day, false, true));
                });
        return exposures;
    }
}
