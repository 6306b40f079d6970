package retention.batch.features;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.batch.features.clv.BgNbdFitter;
import retention.batch.features.clv.BgNbdModel;
import retention.batch.features.clv.CustomerHistory;
import retention.batch.features.clv.GammaGammaFitter;
import retention.batch.features.clv.GammaGammaModel;
import retention.batch.features.clv.SpendHistory;

/**
 * Fits the BG/NBD purchase model and the Gamma-Gamma spend model on the run date's population and writes each
 * buyer's P(alive), expected purchases and 12-month CLV. The purchase model depends on a customer only through
 * (repeat purchases, day of last purchase, age in days), so it is fitted and evaluated once per distinct history
 * (a few thousand for a million customers) and joined back in one UPDATE. Times are in weeks inside the models,
 * as in the papers, for numerical comfort.
 */
@Component
class CustomerValueEstimates {

    private static final Logger log = LoggerFactory.getLogger(CustomerValueEstimates.class);

    /** Below this many repeat buyers the fit is not trusted and the estimates stay empty (null). */
    static final int MIN_REPEAT_BUYERS = 50;

    private static final double DAYS_PER_WEEK = 7.0;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    CustomerValueEstimates(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** Estimates the customer values of a run date whose facts are stored; returns the customers valued. */
    int estimate(RunDate run) {
        jdbc.sql("DELETE FROM clv_estimate WHERE run_date = ?").param(run.date()).update();
        Map<History, Long> histories = histories(run);
        Map<SpendHistory, Long> spend = spend(run);
        long repeatBuyers = spend.values().stream().mapToLong(Long::longValue).sum();
        if (repeatBuyers < MIN_REPEAT_BUYERS) {
            log.warn("Customer values not estimated for {}: {} repeat buyers, at least {} are needed", run.date(),
                    repeatBuyers, MIN_REPEAT_BUYERS);
            return 0;
        }
        Map<CustomerHistory, Long> weeks = new HashMap<>();
        histories.forEach((h, n) -> weeks.merge(h.inWeeks(), n, Long::sum));
        BgNbdModel purchases = BgNbdFitter.fitWeighted(weeks);
        GammaGammaModel value = GammaGammaFitter.fitWeighted(spend);
        log.info("Customer value models for {}: {} / {}", run.date(), purchases, value);
        storeEstimates(run, histories.keySet(), purchases);
        return jdbc.sql(SqlResource.read("apply-customer-values.sql"))
                .param("runDate", run.date())
                .param("p", value.p())
                .param("pGamma", value.p() * value.gamma())
                .param("qMinusOne", value.q() - 1)
                .update();
    }

    private Map<History, Long> histories(RunDate run) {
        Map<History, Long> histories = new HashMap<>();
        jdbc.sql("SELECT orders_total - 1, TIMESTAMPDIFF(DAY, CAST(first_order_at AS DATE), CAST(last_order_at AS DATE)), "
                + "TIMESTAMPDIFF(DAY, CAST(first_order_at AS DATE), ?), COUNT(*) FROM customer_feature "
                + "WHERE run_date = ? AND orders_total > 0 GROUP BY 1, 2, 3")
                .params(run.date(), run.date())
                .query(rs -> {
                    histories.put(new History(rs.getInt(1), rs.getInt(2), rs.getInt(3)), rs.getLong(4));
                });
        return histories;
    }

    /** Repeat buyers' mean order values, rounded to whole units so a million customers make few distinct terms. */
    private Map<SpendHistory, Long> spend(RunDate run) {
        Map<SpendHistory, Long> spend = new HashMap<>();
        jdbc.sql("SELECT orders_total - 1, ROUND(average_order_value, 0), COUNT(*) FROM customer_feature "
                + "WHERE run_date = ? AND orders_total > 1 AND average_order_value > 0 GROUP BY 1, 2")
                .param(run.date())
                .query(rs -> {
                    spend.merge(new SpendHistory(rs.getInt(1), rs.getDouble(2)), rs.getLong(3), Long::sum);
                });
        return spend;
    }

    private void storeEstimates(RunDate run, Iterable<History> histories, BgNbdModel model) {
        double next90 = 90 / DAYS_PER_WEEK;
        double next12m = 365 / DAYS_PER_WEEK;
        List<Object[]> rows = new ArrayList<>();
        for (History h : histories) {
            CustomerHistory w = h.inWeeks();
            rows.add(new Object[] { run.date(), h.repeatPurchases(), h.lastPurchaseDay(), h.ageDays(),
                    model.pAlive(w.x(), w.tx(), w.T()), model.expectedPurchases(next90, w.x(), w.tx(), w.T()),
                    model.expectedPurchases(next12m, w.x(), w.tx(), w.T()) });
            if (rows.size() == 1000) {
                insert(rows);
            }
        }
        insert(rows);
    }

    private void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("INSERT INTO clv_estimate (run_date, repeat_purchases, last_purchase_day, age_days, "
                + "p_alive, expected_purchases_90d, expected_purchases_12m) VALUES (?, ?, ?, ?, ?, ?, ?)", rows,
                rows.size(), (PreparedStatement ps, Object[] row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                });
        rows.clear();
    }

    /** A purchase history in days: repeat purchases, days from first to last purchase, days since the first. */
    private record History(int repeatPurchases, int lastPurchaseDay, int ageDays) {

        CustomerHistory inWeeks() {
            // A first purchase on the run date's eve gives age 1 day; the model needs T > 0 and t_x <= T.
            double age = Math.max(ageDays, 1) / DAYS_PER_WEEK;
            return new CustomerHistory(repeatPurchases, Math.min(lastPurchaseDay / DAYS_PER_WEEK, age), age);
        }
    }
}
