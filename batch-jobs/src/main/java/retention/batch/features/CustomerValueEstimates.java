package retention.batch.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import retention.batch.features.clv.BgNbdFitter;
import retention.batch.features.clv.BgNbdModel;
import retention.batch.features.clv.CustomerHistory;
import retention.batch.features.clv.GammaGammaFitter;
import retention.batch.features.clv.GammaGammaModel;
import retention.batch.features.clv.SpendHistory;
import retention.db.bulk.MultiRowInsert;

/**
 * Fits the BG/NBD purchase model and the Gamma-Gamma spend model on the run date's population, for each buyer's
 * P(alive), expected purchases and 12-month CLV. The purchase model depends on a customer only through (repeat
 * purchases, day of last purchase, age in days), so it is fitted and evaluated once per distinct history (318,379
 * for the benchmark's million customers), and the facts statement joins the estimates by that history. Times are in
 * weeks inside the models, as in the papers, for numerical comfort.
 */
@Component
class CustomerValueEstimates {

    private static final Logger log = LoggerFactory.getLogger(CustomerValueEstimates.class);

    /** Below this many repeat buyers the fit is not trusted and the estimates stay empty (null). */
    static final int MIN_REPEAT_BUYERS = 50;

    private static final double DAYS_PER_WEEK = 7.0;

    /** About 80 characters a row: a statement of some 80 thousand characters per write. */
    private static final int ROWS_PER_WRITE = 1000;

    private final JdbcTemplate jdbcTemplate;
    private final ParallelStatements parallel;

    CustomerValueEstimates(JdbcTemplate jdbcTemplate, ParallelStatements parallel) {
        this.jdbcTemplate = jdbcTemplate;
        this.parallel = parallel;
    }

    /**
     * Fits the models on the run date's buyers, from the counts of their histories, stores the purchase
     * estimates per distinct history in the date's {@code stats_values} and adds the spend model's parameters to the
     * facts statement, which joins the estimates while it writes each customer's facts. Without enough repeat buyers
     * the parameters are null and so are the customer values.
     */
    void estimate(RunDate run, Map<String, Object> parameters, BuyerCounts buyers, StatsTables tables) {
        parameters.put("p", null);
        parameters.put("pGamma", null);
        parameters.put("qMinusOne", null);
        PhaseTimer timer = new PhaseTimer("customer value models of " + run.date());
        Map<History, Long> histories = buyers.histories();
        Map<SpendHistory, Long> spend = buyers.spend();
        long repeatBuyers = spend.values().stream().mapToLong(Long::longValue).sum();
        if (repeatBuyers < MIN_REPEAT_BUYERS) {
            log.warn("Customer values not estimated for {}: {} repeat buyers, at least {} are needed", run.date(),
                    repeatBuyers, MIN_REPEAT_BUYERS);
            return;
        }
        Map<CustomerHistory, Long> weeks = new HashMap<>();
        histories.forEach((h, n) -> weeks.merge(h.inWeeks(), n, Long::sum));
        BgNbdModel purchases = BgNbdFitter.fitWeighted(weeks);
        timer.lap("BG/NBD fitted on " + histories.size() + " distinct purchase histories");
        GammaGammaModel value = GammaGammaFitter.fitWeighted(spend);
        timer.lap("Gamma-Gamma fitted on " + spend.size() + " spend histories");
        log.info("Customer value models for {}: {} / {}", run.date(), purchases, value);
        storeEstimates(tables, histories.keySet(), purchases);
        timer.lap("estimates stored");
        timer.done();
        parameters.put("p", value.p());
        parameters.put("pGamma", value.p() * value.gamma());
        parameters.put("qMinusOne", value.q() - 1);
    }

    /**
     * Evaluates the model for each distinct history (a few hundred thousand, each a hypergeometric series) and stores
     * the estimates: in contiguous key ranges side by side, one per core.
     */
    private void storeEstimates(StatsTables tables, Collection<History> histories, BgNbdModel model) {
        MultiRowInsert<Estimate> insert = Estimate.insertInto(tables.rename("stats_values"));
        List<History> sorted = histories.stream().sorted(History.ORDER).toList();
        int parts = parallel.threads();
        List<Runnable> slices = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            List<History> slice = sorted.subList(sorted.size() * i / parts, sorted.size() * (i + 1) / parts);
            slices.add(() -> storeSlice(insert, slice, model));
        }
        parallel.runAll(slices);
    }

    private void storeSlice(MultiRowInsert<Estimate> insert, List<History> histories, BgNbdModel model) {
        double next90 = 90 / DAYS_PER_WEEK;
        double next12m = 365 / DAYS_PER_WEEK;
        List<Estimate> rows = new ArrayList<>(ROWS_PER_WRITE);
        for (History h : histories) {
            CustomerHistory w = h.inWeeks();
            rows.add(new Estimate(h, model.pAlive(w.x(), w.tx(), w.T()),
                    model.expectedPurchases(next90, w.x(), w.tx(), w.T()),
                    model.expectedPurchases(next12m, w.x(), w.tx(), w.T())));
            if (rows.size() == ROWS_PER_WRITE) {
                insert.write(jdbcTemplate, rows);
                rows.clear();
            }
        }
        insert.write(jdbcTemplate, rows);
    }

    /** The purchase model's estimates for one history, as stored in {@code stats_values}. */
    private record Estimate(History history, double pAlive, double expectedPurchases90d, double expectedPurchases12m) {

        static MultiRowInsert<Estimate> insertInto(String table) {
            return MultiRowInsert.<Estimate>into(table, List.of("repeat_purchases", "last_purchase_day", "age_days",
                    "p_alive", "expected_purchases_90d", "expected_purchases_12m"),
                    (row, values) -> values.add(row.history().repeatPurchases()).add(row.history().lastPurchaseDay())
                            .add(row.history().ageDays()).add(row.pAlive()).add(row.expectedPurchases90d())
                            .add(row.expectedPurchases12m()));
        }
    }

    /** A purchase history in days: repeat purchases, days from first to last purchase, days since the first. */
    record History(int repeatPurchases, int lastPurchaseDay, int ageDays) {

        /** The order the estimates are written in, that of the key (a B-tree's, where the engine keeps one). */
        static final Comparator<History> ORDER = Comparator.comparingInt(History::repeatPurchases)
                .thenComparingInt(History::lastPurchaseDay).thenComparingInt(History::ageDays);

        CustomerHistory inWeeks() {
            // A first purchase on the run date's eve gives age 1 day; the model needs T > 0 and t_x <= T.
            double age = Math.max(ageDays, 1) / DAYS_PER_WEEK;
            return new CustomerHistory(repeatPurchases, Math.min(lastPurchaseDay / DAYS_PER_WEEK, age), age);
        }
    }
}
