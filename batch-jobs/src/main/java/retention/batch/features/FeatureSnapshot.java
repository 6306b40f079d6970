package retention.batch.features;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the customer facts of a run date into {@code customer_feature} and {@code customer_cause}, replacing any
 * earlier snapshot of that date: the facts, then the churn causes, then the customer-value estimates. Set-based: a
 * few statements for the whole population, no per-customer round trip.
 */
@Component
public class FeatureSnapshot {

    private static final String SNAPSHOT_CUSTOMERS = SqlResource.read("snapshot-customers.sql");

    private final JdbcClient jdbc;
    private final FeatureProperties properties;
    private final ChurnCauses causes;
    private final CustomerValueEstimates values;

    public FeatureSnapshot(JdbcClient jdbc, FeatureProperties properties, ChurnCauses causes, CustomerValueEstimates values) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.causes = causes;
        this.values = values;
    }

    /**
     * Computes the snapshot of one run date.
     *
     * @return the number of customers in the snapshot
     */
    @Transactional
    public int compute(LocalDate date) {
        RunDate run = new RunDate(date, properties);
        jdbc.sql("DELETE FROM customer_cause WHERE run_date = ?").param(date).update();
        jdbc.sql("DELETE FROM customer_feature WHERE run_date = ?").param(date).update();
        int customers = jdbc.sql(SNAPSHOT_CUSTOMERS)
                .param("runDate", date)
                .param("t0", run.start())
                .param("rfmStart", run.rfmStart())
                .param("trendStart", run.trendStart())
                .param("previousTrendStart", run.previousTrendStart())
                .param("churnDays", properties.churnDays())
                .param("newCustomerMaxOrders", properties.newCustomerMaxOrders())
                .param("atRiskMinPreviousOrders", properties.atRiskMinPreviousOrders())
                .param("loyalOrdersPerWindow", properties.loyalOrdersPerWindow())
                .param("championsAreLoyal", properties.championsAreLoyal() ? 1 : 0)
                .param("frequencyDropRatio", properties.frequencyDropRatio())
                .param("aovDropRatio", properties.aovDropRatio())
                .param("inquiryDropRatio", properties.inquiryDropRatio())
                .param("ticketHours", properties.ticketHours())
                .param("ticketDeadline", run.start().minusHours(properties.ticketHours()))
                .param("answerDeadline", run.start().minusDays(properties.recallAnswerDays()))
                .param("epoch", java.time.LocalDateTime.of(1970, 1, 1, 0, 0))
                .update();
        causes.detect(run);
        values.estimate(run);
        return customers;
    }
}
