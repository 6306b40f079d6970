package retention.batch.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.batch.contact.Addresses;
import retention.batch.contact.Contact;
import retention.batch.contact.ContactFacts;
import retention.batch.contact.ContactHistory;
import retention.batch.contact.ContactPolicy;
import retention.batch.contact.CustomerContact;
import retention.batch.contact.CustomerSet;
import retention.batch.contact.Verdict;
import retention.batch.features.ParallelStatements;
import retention.batch.sendtime.ActivityHours;
import retention.batch.sendtime.HourHistogram;
import retention.batch.sendtime.SendTimes;
import retention.batch.sendtime.SendWindow;
import retention.rules.facts.Channel;
import retention.rules.template.TemplateNames;

/**
 * Puts the planned messages of a run date into the outbox, once each, with a send time in the customer's zone
 * and hours and the contact policy applied: a message that must not go is kept as SUPPRESSED or EXPIRED with its
 * reason, one that hits a cap is postponed to the customer's next free slot. A customer's messages are planned
 * highest priority first, so the lower one is the one that waits. Then each send slot gets its trigger.
 */
@Component
public class OutboxPlanner {

    private static final Logger log = LoggerFactory.getLogger(OutboxPlanner.class);
    /** Customers per planning window: about 700 messages on a night like the benchmark's. */
    private static final int WINDOW_CUSTOMERS = 1_000;
    /** Below this many customer ids a second range costs more than it saves. */
    private static final long MIN_RANGE = 5_000;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final OutboxProperties properties;
    private final SendTimes sendTimes;
    private final ActivityHours activityHours;
    private final ContactFacts contactFacts;
    private final ContactPolicy policy;
    private final ObjectProvider<SendSlots> sendSlots;
    private final ParallelStatements parallel;

    public OutboxPlanner(JdbcTemplate jdbcTemplate, OutboxProperties properties, SendTimes sendTimes,
            ActivityHours activityHours, ContactFacts contactFacts, ContactPolicy policy,
            ObjectProvider<SendSlots> sendSlots, ParallelStatements parallel) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.properties = properties;
        this.sendTimes = sendTimes;
        this.activityHours = activityHours;
        this.contactFacts = contactFacts;
        this.policy = policy;
        this.sendSlots = sendSlots;
        this.parallel = parallel;
    }

    /**
     * Plans every planned message action of the date (and every PHONE task) that has no outbox row yet, split by
     * customer-id range over the cores: a customer's messages, caps and history never cross a range.
     *
     * @return the number of outbox rows written by this call, whatever their status
     */
    public int plan(LocalDate runDate) {
        long start = System.nanoTime();
        AtomicInteger planned = new AtomicInteger();
        PlanningTimes times = new PlanningTimes();
        List<Runnable> ranges = new ArrayList<>();
        for (long[] range : ranges(runDate)) {
            ranges.add(() -> planned.addAndGet(planRange(runDate, range[0], range[1], times)));
        }
        parallel.runAll(ranges);
        long slotsStart = System.nanoTime();
        int slots = scheduleSlots(runDate);
        log.info("Planned {} messages of {} in {} ms over {} customer ranges ({}); {} send slots scheduled in {} ms",
                planned.get(), runDate, (slotsStart - start) / 1_000_000, ranges.size(), times, slots,
                (System.nanoTime() - slotsStart) / 1_000_000);
        return planned.get();
    }

    /**
     * Equal ranges of the customer ids, one per core; none when the date has no action. The bounds are the customer
     * table's: the action log has no index leading with the run date and then the customer, and the windows are cut
     * in the customer table anyway.
     */
    private List<long[]> ranges(LocalDate runDate) {
        long[] bounds = jdbc.sql("SELECT (SELECT MIN(id) FROM customer), (SELECT MAX(id) FROM customer) "
                + "FROM retention_action WHERE run_date = ? LIMIT 1")
                .param(runDate)
                .query((rs, n) -> rs.getObject(1) == null ? null : new long[] { rs.getLong(1), rs.getLong(2) })
                .optional().orElse(null);
        if (bounds == null) {
            return List.of();
        }
        long span = bounds[1] - bounds[0] + 1;
        int parts = (int) Math.max(1, Math.min(parallel.threads(), span / MIN_RANGE));
        List<long[]> ranges = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            long from = bounds[0] + span * i / parts;
            long to = bounds[0] + span * (i + 1) / parts - 1;
            ranges.add(new long[] { from, to });
        }
        return ranges;
    }

    /**
     * Plans a range window by window of {@value #WINDOW_CUSTOMERS} customers, each window read with its own query: a
     * single query over the range was buffered whole by Connector/J (about 100 MB for half a million customers), which
     * kept the collector busy at {@code -Xmx512m} and would not fit for a larger shop. Windows are cut in the customer
     * table's key, so sparse customer ids cost no empty windows.
     */
    private int planRange(LocalDate runDate, long fromCustomer, long toCustomer, PlanningTimes times) {
        int planned = 0;
        long after = fromCustomer - 1;
        while (after < toCustomer) {
            long started = System.nanoTime();
            long last = windowEnd(after, toCustomer);
            List<PlannedMessage> window = window(runDate, after, last);
            times.actions.lap(started);
            planned += planBatch(runDate, window, times);
            after = last;
        }
        return planned;
    }

    /** The {@value #WINDOW_CUSTOMERS}th customer after {@code after}, or the range's end. */
    private long windowEnd(long after, long toCustomer) {
        return jdbc.sql("SELECT id FROM customer WHERE id > ? AND id <= ? ORDER BY id LIMIT 1 OFFSET "
                + (WINDOW_CUSTOMERS - 1)).params(after, toCustomer).query(Long.class).optional().orElse(toCustomer);
    }

    /**
     * The planned messages and phone tasks of customers in {@code (after, last]} not in the outbox yet, found by one
     * lookup per customer and night. The window is a range of the customer table only, and {@code c.id + 0} keeps
     * MariaDB from carrying that range over to the action log: with a range on the log's customers it read either
     * every action of the night for each window (1.7 million index entries for 600 rows) or every night of the
     * window's customers, which grows with the log's age.
     */
    private List<PlannedMessage> window(LocalDate runDate, long after, long last) {
        return jdbc.sql("SELECT a.id, a.customer_id, a.action_code, a.channel, a.template, a.priority, c.language "
                + "FROM customer c JOIN retention_action a ON a.customer_id = c.id + 0 AND a.run_date = ? "
                + "LEFT JOIN outbox o ON o.action_id = a.id WHERE c.id > ? AND c.id <= ? AND a.status = 'PLANNED' "
                + "AND (a.kind = 'MESSAGE' OR (a.kind = 'TASK' AND a.channel = 'PHONE')) "
                + "AND o.id IS NULL ORDER BY a.customer_id, a.priority DESC, a.id")
                .params(runDate, after, last)
                .query((rs, n) -> new PlannedMessage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7)))
                .list();
    }

    private int planBatch(LocalDate runDate, List<PlannedMessage> batch, PlanningTimes times) {
        if (batch.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        Set<Long> ids = new LinkedHashSet<>();
        batch.forEach(m -> ids.add(m.customerId()));
        CustomerSet customerSet = CustomerSet.range(ids);
        Map<Long, CustomerContact> customers = contactFacts.customers(customerSet);
        started = times.customers.lap(started);
        Map<Long, ZoneId> zones = new HashMap<>();
        customers.values().forEach(c -> zones.put(c.id(), c.zone()));
        LocalDateTime t0 = runDate.atStartOfDay();
        Map<Long, HourHistogram> activity = activityHours.load(customerSet, zones,
                t0.minusDays(sendTimes.properties().historyDays()));
        started = times.activity.lap(started);
        Map<Long, ContactHistory> histories = contactFacts.histories(customerSet, t0.toInstant(ZoneOffset.UTC), true);
        started = times.histories.lap(started);
        Map<String, String> blocked = contactFacts.blocked(batch.stream()
                .map(m -> addressOf(customers.get(m.customerId()), Channel.of(m.channel()))).toList());
        started = times.blocked.lap(started);
        List<OutboxRow> rows = new ArrayList<>(batch.size());
        for (PlannedMessage m : batch) {
            CustomerContact customer = customers.get(m.customerId());
            Channel channel = Channel.of(m.channel());
            SendWindow window = sendTimes.window(customer.zone(), channel,
                    activity.getOrDefault(m.customerId(), HourHistogram.EMPTY));
            Instant due = window.earliestFrom(runDate.atStartOfDay(customer.zone()).toInstant());
            Instant expires = due.plus(properties.validity());
            ContactHistory history = histories.get(m.customerId());
            Verdict verdict = policy.decide(customer, channel, history,
                    blocked.get(addressOf(customer, channel)), window, due, expires);
            rows.add(row(runDate, m, verdict, due, expires));
            if (verdict.at() != null && channel != Channel.PHONE) {
                history.add(new Contact(verdict.at(), channel));
            }
        }
        started = times.decide.lap(started);
        OutboxRow.INSERT.write(jdbcTemplate, rows);
        times.insert.lap(started);
        return batch.size();
    }

    private static OutboxRow row(LocalDate runDate, PlannedMessage m, Verdict verdict, Instant due, Instant expires) {
        String status = switch (verdict.outcome()) {
            case SEND, POSTPONE -> "PENDING";
            case SUPPRESS -> "SUPPRESSED";
            case EXPIRE -> "EXPIRED";
        };
        Instant sendAt = verdict.at() != null ? verdict.at() : due;
        return new OutboxRow(m.actionId(), runDate, m.customerId(), m.channel(),
                TemplateNames.resolve(m.template(), m.actionCode()), m.language(), status, utc(sendAt), utc(expires),
                "ra-" + m.actionId() + "-" + m.channel().toLowerCase(java.util.Locale.ROOT), m.priority(),
                verdict.reason());
    }

    private int scheduleSlots(LocalDate runDate) {
        SendSlots slots = sendSlots.getIfAvailable();
        if (slots == null) {
            return 0;
        }
        // In a transaction of its own: the step's transaction took its snapshot before the ranges wrote their rows, and
        // under MySQL's repeatable read it would see none of them. Pending rows of other nights that send from the
        // night before on are handed over too (a slot that has its trigger keeps it); in exchange the query reads
        // only the send-time index, a few entries per slot, instead of every row of the night.
        LocalDateTime from = runDate.minusDays(1).atStartOfDay();
        List<Instant> times = parallel.call(() -> jdbc.sql("SELECT DISTINCT send_at FROM outbox "
                + "WHERE status = 'PENDING' AND send_at >= ?").param(from).query(LocalDateTime.class).list())
                .stream().map(t -> t.toInstant(ZoneOffset.UTC)).toList();
        slots.ensure(times);
        return times.size();
    }

    private static String addressOf(CustomerContact customer, Channel channel) {
        return customer == null ? null : Addresses.normalise(channel, customer.address(channel));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
