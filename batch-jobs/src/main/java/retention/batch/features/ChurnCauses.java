package retention.batch.features;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Detects the churn causes of AT_RISK and CHURNED customers with their evidence, one set-based statement per cause.
 * Direct evidence (the customer said it: a survey reason, a complaint) scores 0.9 or more and outranks behavioural
 * evidence, which scores 0.4 to 0.8 depending on its strength.
 */
@Component
class ChurnCauses {

    private static final List<String> CAUSES = List.of("price-sensitive", "service-dissatisfied", "needs-changed",
            "poor-experience", "competitor-pull", "security-concern", "localization-gap", "not-personalized");

    /** Reasons that belong to a specific cause, so a complaint with one of them is not a service complaint. */
    private static final List<String> OTHER_CAUSE_REASONS = List.of("price", "security", "language", "local_payment",
            "competitor", "no_longer_need");

    private static final Map<String, String> STATEMENTS = CAUSES.stream()
            .collect(java.util.stream.Collectors.toMap(c -> c, c -> SqlResource.read("causes/" + c + ".sql")));

    private final JdbcClient jdbc;
    private final CauseProperties causes;

    ChurnCauses(JdbcClient jdbc, CauseProperties causes) {
        this.jdbc = jdbc;
        this.causes = causes;
    }

    /** Detects every cause for a run date whose customer facts are already stored; returns the causes found. */
    int detect(RunDate run) {
        int found = 0;
        for (String cause : CAUSES) {
            found += jdbc.sql(STATEMENTS.get(cause))
                    .param("runDate", run.date())
                    .param("t0", run.start())
                    .param("causeStart", run.start().minusDays(causes.lookbackDays()))
                    .param("behaviourStart", run.start().minusDays(causes.behaviourDays()))
                    .param("behaviourDays", causes.behaviourDays())
                    .param("trendStart", run.trendStart())
                    .param("trendDays", run.properties().trendWindowDays())
                    .param("ticketHours", run.properties().ticketHours())
                    .param("ticketDeadline", run.start().minusHours(run.properties().ticketHours()))
                    .param("otherCauseReasons", OTHER_CAUSE_REASONS)
                    .param("couponShare", causes.couponShare())
                    .param("couponMinOrders", causes.couponMinOrders())
                    .param("browsingMinVisits", causes.browsingMinVisits())
                    .param("newCategoryShare", causes.newCategoryShare())
                    .param("failedCheckouts", causes.failedCheckouts())
                    .param("slowPageMs", causes.slowPageMs())
                    .param("slowVisits", causes.slowVisits())
                    .param("maxCheckoutSteps", causes.maxCheckoutSteps())
                    .param("competitorDays", causes.competitorDays())
                    .param("servedLanguages", causes.servedLanguages())
                    .param("genericMessages", causes.genericMessages())
                    .update();
        }
        return found;
    }
}
