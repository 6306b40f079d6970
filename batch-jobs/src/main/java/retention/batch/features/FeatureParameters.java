package retention.batch.features;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The named parameters of the feature SQL for one run date: the instants of every window and every threshold, in
 * one place so that every statement of the features step sees the same values.
 */
final class FeatureParameters {

    /** Reasons that belong to a specific cause, so a complaint with one of them is not a service complaint. */
    static final List<String> OTHER_CAUSE_REASONS = List.of("price", "security", "language", "local_payment",
            "competitor", "no_longer_need");

    private FeatureParameters() {
    }

    static Map<String, Object> of(RunDate run, CauseProperties causes) {
        FeatureProperties facts = run.properties();
        Map<String, Object> p = new HashMap<>();
        p.put("runDate", run.date());
        p.put("t0", run.start());
        p.put("rfmStart", run.rfmStart());
        p.put("trendStart", run.trendStart());
        p.put("previousTrendStart", run.previousTrendStart());
        p.put("trendDays", facts.trendWindowDays());
        p.put("churnDays", facts.churnDays());
        p.put("newCustomerMaxOrders", facts.newCustomerMaxOrders());
        p.put("atRiskMinPreviousOrders", facts.atRiskMinPreviousOrders());
        p.put("loyalOrdersPerWindow", facts.loyalOrdersPerWindow());
        p.put("championsAreLoyal", facts.championsAreLoyal() ? 1 : 0);
        p.put("frequencyDropRatio", facts.frequencyDropRatio());
        p.put("aovDropRatio", facts.aovDropRatio());
        p.put("inquiryDropRatio", facts.inquiryDropRatio());
        p.put("ticketHours", facts.ticketHours());
        p.put("ticketDeadline", run.start().minusHours(facts.ticketHours()));
        p.put("answerDeadline", run.start().minusDays(facts.recallAnswerDays()));
        p.put("epoch", LocalDateTime.of(1970, 1, 1, 0, 0));
        p.put("causeStart", run.start().minusDays(causes.lookbackDays()));
        p.put("behaviourStart", run.start().minusDays(causes.behaviourDays()));
        p.put("behaviourDays", causes.behaviourDays());
        p.put("visitsStart", run.start().minusDays(Math.max(causes.behaviourDays(), facts.trendWindowDays())));
        p.put("otherCauseReasons", OTHER_CAUSE_REASONS);
        p.put("couponShare", causes.couponShare());
        p.put("couponMinOrders", causes.couponMinOrders());
        p.put("browsingMinVisits", causes.browsingMinVisits());
        p.put("newCategoryShare", causes.newCategoryShare());
        p.put("failedCheckouts", causes.failedCheckouts());
        p.put("slowPageMs", causes.slowPageMs());
        p.put("slowVisits", causes.slowVisits());
        p.put("maxCheckoutSteps", causes.maxCheckoutSteps());
        p.put("competitorDays", causes.competitorDays());
        p.put("servedLanguages", causes.servedLanguages());
        p.put("genericMessages", causes.genericMessages());
        return p;
    }
}
