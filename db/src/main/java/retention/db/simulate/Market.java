package retention.db.simulate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customers of a generated shop playing their side, day after day: each buys on its own at the rate of its
 * last year (lowered for the churned and the at-risk, as their planted stage says), answers a message with the
 * chance {@link TrueEffects} gives its action and the customer's planted causes, and buys a little less for a
 * while after every message. Deterministic for a seed. Orders are written for a day only once the day is played,
 * so the nightly run never sees an order from its future.
 */
public final class Market {

    private static final int BATCH = 1_000;
    private static final int YEAR = 365;
    private static final int LONGEST_LAG = 6;
    private static final String INSERT = "INSERT INTO orders (customer_id, placed_at, status, amount, discount, "
            + "refund_amount, coupon_code, category) VALUES (?, ?, 'PAID', ?, ?, 0, ?, NULL)";

    private final DataSource dataSource;
    private final TrueEffects effects;
    private final long seed;
    private final int windowDays;
    private final long[] ids;
    private final String[] stages;
    private final List<List<String>> causes;
    private final double[] rates;
    private final double[] amounts;
    private final List<ArrayDeque<LocalDate>> messages;
    private final Map<LocalDate, List<int[]>> responses = new HashMap<>();
    private final List<Choice> choices = new ArrayList<>();
    private final Map<Integer, List<double[]>> received = new HashMap<>();
    private final Set<String> chosen = new HashSet<>();

    private Market(DataSource dataSource, TrueEffects effects, long seed, int windowDays, List<Row> rows) {
        this.dataSource = dataSource;
        this.effects = effects;
        this.seed = seed;
        this.windowDays = windowDays;
        int n = rows.size();
        ids = new long[n];
        stages = new String[n];
        causes = new ArrayList<>(n);
        rates = new double[n];
        amounts = new double[n];
        messages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            ids[i] = row.id();
            stages[i] = row.stage();
            causes.add(row.causes().isBlank() ? List.of() : List.of(row.causes().split(",")));
            rates[i] = row.rate();
            amounts[i] = row.amount();
            messages.add(new ArrayDeque<>());
        }
    }

    /**
     * The market of the shop in the database, from its planted truth and its orders before the truth's date.
     *
     * @param windowDays the attribution window the truth is computed for
     */
    public static Market open(DataSource dataSource, TrueEffects effects, long seed, int windowDays) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        LocalDate asOf = jdbc.sql("SELECT MIN(as_of) FROM planted_truth").query(LocalDate.class).optional()
                .orElseThrow(() -> new IllegalStateException("the shop has no planted truth: generate it first"));
        LocalDateTime from = asOf.minusDays(YEAR).atStartOfDay();
        List<Row> rows = jdbc.sql("SELECT t.customer_id, t.stage, t.causes, c.registered_at, COUNT(o.id), "
                + "AVG(o.amount) FROM planted_truth t JOIN customer c ON c.id = t.customer_id "
                + "LEFT JOIN orders o ON o.customer_id = t.customer_id AND o.status = 'PAID' AND o.placed_at >= ? "
                + "AND o.placed_at < ? GROUP BY t.customer_id, t.stage, t.causes, c.registered_at ORDER BY t.customer_id")
                .params(from, asOf.atStartOfDay())
                .query((rs, n) -> {
                    LocalDateTime registered = rs.getTimestamp(4).toLocalDateTime();
                    long days = Math.max(30, java.time.Duration.between(
                            registered.isAfter(from) ? registered : from, asOf.atStartOfDay()).toDays());
                    double amount = rs.getObject(6) == null ? 120.0 : rs.getDouble(6);
                    return new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rate(rs.getString(2), rs.getLong(5), days), amount);
                })
                .list();
        return new Market(dataSource, effects, seed, windowDays, rows);
    }

    /** Own buying rate per day: the last year's, for the time the customer was registered in it. */
    private static double rate(String stage, long orders, long days) {
        double observed = (double) orders / days;
        double rate = switch (stage) {
            case "CHURNED" -> observed * 0.15;
            case "AT_RISK" -> observed * 0.5;
            case "POTENTIAL" -> 0.003;
            default -> observed;
        };
        return Math.min(0.2, Math.max(0.0005, rate));
    }

    /** Customers in the market. */
    public int size() {
        return ids.length;
    }

    /**
     * The night's choices reach the customers: each one sent may answer within a week and is a little annoyed. A
     * rule's first choice of each customer, treated or held out, is kept for the truth (a held-out customer is
     * chosen again night after night, a treated one only after the contact policy's pause, so only the first
     * choice compares like with like).
     */
    public void expose(List<Exposure> exposures) {
        for (Exposure exposure : exposures) {
            int i = Arrays.binarySearch(ids, exposure.customerId());
            if (i < 0) {
                continue;
            }
            double response = effects.response(exposure.actionCode(), stages[i], causes.get(i));
            if (chosen.add(exposure.ruleName() + '\u0000' + exposure.customerId())) {
                choices.add(new Choice(exposure.ruleName(), i, exposure.runDate(), exposure.heldOut(),
                        exposure.heldOut() || !exposure.sent() ? 0 : response));
            }
            if (exposure.sent()) {
                annoyance(i, exposure.day());
                messages.get(i).addLast(exposure.day());
                received.computeIfAbsent(i, k -> new ArrayList<>())
                        .add(new double[] { exposure.day().toEpochDay(), response });
                SplittableRandom dice = new SplittableRandom(mix(seed, exposure.customerId(),
                        exposure.day().toEpochDay(), exposure.actionCode().hashCode()));
                if (dice.nextDouble() < response) {
                    LocalDate day = exposure.day().plusDays(1 + dice.nextInt(LONGEST_LAG));
                    responses.computeIfAbsent(day, d -> new ArrayList<>())
                            .add(new int[] { i, coupon(exposure.actionCode()) ? 1 : 0 });
                }
            }
        }
    }

    /** Plays one day: the customers' own orders and the answers due that day, written as PAID orders. */
    public int play(LocalDate day) {
        SplittableRandom dice = new SplittableRandom(mix(seed, day.toEpochDay(), 0x5EED, 17));
        List<Object[]> orders = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            double own = rates[i] * annoyance(i, day);
            double draw = dice.nextDouble();
            int second = dice.nextInt(86_400);
            double noise = 0.7 + 0.6 * dice.nextDouble();
            if (draw < own) {
                orders.add(order(i, day, second, noise, false));
            }
        }
        for (int[] answer : responses.getOrDefault(day, List.of())) {
            orders.add(order(answer[0], day, dice.nextInt(86_400), 0.7 + 0.6 * dice.nextDouble(), answer[1] == 1));
        }
        responses.remove(day);
        write(orders);
        return orders.size();
    }

    /** Days after a message within which its answer arrives (all inside an attribution window of a week or more). */
    public static int longestAnswerDelay() {
        return LONGEST_LAG;
    }

    /**
     * The true uplift of every rule that held anyone out, by rule name: the mean chance to buy within the window of
     * its first choices in the treated arm minus that of its held-out ones, from the market's own probabilities and
     * every message each customer actually received in the window (so a held-out customer who still got another
     * rule's message that night, or a treated one whom other rules messaged after the pause, count as they were).
     * Only who landed in which arm is left to chance, as in the measurement; whether each customer bought is not.
     * Beside it, the planted effect of the rule's own message alone, averaged over its treated first choices.
     */
    public Map<String, TrueUplift> truth() {
        Map<String, double[]> sums = new TreeMap<>();
        for (Choice choice : choices) {
            double[] sum = sums.computeIfAbsent(choice.rule(), r -> new double[5]);
            double buys = windowChance(choice);
            int arm = choice.heldOut() ? 2 : 0;
            sum[arm] += buys;
            sum[arm + 1] += 1;
            sum[4] += choice.heldOut() ? 0 : choice.ownEffect();
        }
        Map<String, TrueUplift> result = new TreeMap<>();
        sums.forEach((rule, sum) -> {
            if (sum[1] > 0 && sum[3] > 0) {
                result.put(rule, new TrueUplift(rule, (long) (sum[1] + sum[3]), sum[0] / sum[1] - sum[2] / sum[3],
                        sum[4] / sum[1]));
            }
        });
        return result;
    }

    /** The chance that the customer of a choice buys within the window, given the messages it received. */
    private double windowChance(Choice choice) {
        long first = choice.runDate().toEpochDay();
        long end = first + windowDays;
        List<double[]> got = received.getOrDefault(choice.index(), List.of());
        double none = 1;
        for (long day = first; day < end; day++) {
            int recent = 0;
            for (double[] message : got) {
                if (message[0] <= day && message[0] > day - effects.annoyanceDays()) {
                    recent++;
                }
            }
            none *= 1 - rates[choice.index()] * Math.pow(1 - effects.annoyance(), recent);
        }
        for (double[] message : got) {
            // An answer comes 1 to LONGEST_LAG days after the message, each day as likely.
            long inWindow = 0;
            for (int lag = 1; lag <= LONGEST_LAG; lag++) {
                long day = (long) message[0] + lag;
                if (day >= first && day < end) {
                    inWindow++;
                }
            }
            none *= 1 - message[1] * inWindow / LONGEST_LAG;
        }
        return 1 - none;
    }

    private Object[] order(int i, LocalDate day, int second, double noise, boolean coupon) {
        double amount = Math.max(10, Math.round(amounts[i] * noise * 100) / 100.0);
        double discount = coupon ? Math.min(20, Math.round(amount * 10) / 100.0) : 0;
        return new Object[] { ids[i], Timestamp.valueOf(day.atStartOfDay().plusSeconds(second)),
                java.math.BigDecimal.valueOf(amount - discount).setScale(2, java.math.RoundingMode.HALF_UP),
                java.math.BigDecimal.valueOf(discount).setScale(2, java.math.RoundingMode.HALF_UP),
                coupon ? "SIM-RECALL" : null };
    }

    private double annoyance(int i, LocalDate day) {
        ArrayDeque<LocalDate> recent = messages.get(i);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(day.minusDays(effects.annoyanceDays()))) {
            recent.pollFirst();
        }
        return Math.pow(1 - effects.annoyance(), recent.size());
    }

    private static boolean coupon(String actionCode) {
        return actionCode.contains("COUPON") || actionCode.contains("DISCOUNT") || actionCode.contains("COMPENSATION");
    }

    private void write(List<Object[]> orders) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            int pending = 0;
            for (Object[] order : orders) {
                for (int c = 0; c < order.length; c++) {
                    insert.setObject(c + 1, order[c]);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(auto);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot write the simulated orders: " + ex.getMessage(), ex);
        }
    }

    private static long mix(long a, long b, long c, long d) {
        long h = a * 0x9E3779B97F4A7C15L;
        h = Long.rotateLeft(h ^ b, 31) * 0xBF58476D1CE4E5B9L;
        h = Long.rotateLeft(h ^ c, 27) * 0x94D049BB133111EBL;
        return h ^ d;
    }

    private record Row(long id, String stage, String causes, double rate, double amount) {
    }

    private record Choice(String rule, int index, LocalDate runDate, boolean heldOut, double ownEffect) {
    }
}
