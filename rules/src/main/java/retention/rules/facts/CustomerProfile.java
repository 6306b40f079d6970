package retention.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a rule can know about one customer on a run date. Computed by the nightly features step from data
 * before the run date only; each field is documented with its unit and computation in {@code docs/facts.md}.
 * Nullable fields are null when there is nothing to measure (no order yet, never contacted); a comparison on a
 * null field is false, so {@code recencyDays > 90} never matches a customer who has not bought.
 *
 * @param customerId the shop's customer id
 * @param runDate the date the facts are computed for
 * @param stage lifecycle stage
 * @param registeredDays days since registration
 * @param ordersTotal paid orders ever
 * @param recencyDays days since the last paid order; null without one
 * @param frequency paid orders in the RFM window (365 days by default)
 * @param monetary net spend in the RFM window (amount paid minus refunds)
 * @param rScore recency quintile score, 1 (longest ago) to 5 (most recent); 0 without an order
 * @param fScore frequency quintile score 1-5; 0 without an order
 * @param mScore monetary quintile score 1-5; 0 without an order
 * @param rfmSegment named segment from the three scores
 * @param orders90d paid orders in the last 90 days
 * @param ordersPrev90d paid orders in the 90 days before those
 * @param frequencyTrend orders90d / ordersPrev90d; null when ordersPrev90d is 0
 * @param aovTrend average order value of the last 90 days / of the 90 before; null when either has no order
 * @param inquiryTrend inquiries in the last 90 days / in the 90 before; null when the earlier window has none
 * @param earlyWarning the combined early-warning flag (seed 002)
 * @param complaints90d complaints in the last 90 days
 * @param unresolvedTickets service tickets open for longer than 24 hours, or resolved only after 24 hours, in
 *        the last 90 days
 * @param lastNps the last NPS score 0-10; null without a survey answer
 * @param npsDetractor the last NPS score was 0-6
 * @param couponShare share of paid orders in the RFM window that used a coupon, 0-1
 * @param daysSinceLastContact days since the last retention message; when never contacted, days since
 *        registration (how long the shop has left the customer alone)
 * @param answeredLastRecall the customer ordered or replied after the last recall message
 * @param ignoredRecalls recall messages in a row that got no answer
 * @param language preferred language tag (zh-CN, zh-HK, en)
 * @param preferredChannel the channel the customer answers most, or the first one with consent
 * @param reachableChannels channels with a contact point and consent
 * @param city the customer's city
 * @param causes detected churn causes with evidence, strongest first
 * @param pAlive probability the customer is still active (BG/NBD); null without a paid order
 * @param expectedPurchases90d expected paid orders in the next 90 days (BG/NBD); null without a paid order
 * @param expectedOrderValue expected average order value (Gamma-Gamma); null without a paid order
 * @param clv12m expected net spend over the next 12 months; null without a paid order
 */
public record CustomerProfile(
        long customerId, LocalDate runDate, Stage stage, int registeredDays,
        int ordersTotal, Integer recencyDays, int frequency, BigDecimal monetary,
        int rScore, int fScore, int mScore, RfmSegment rfmSegment,
        int orders90d, int ordersPrev90d, Double frequencyTrend, Double aovTrend, Double inquiryTrend,
        boolean earlyWarning,
        int complaints90d, int unresolvedTickets, Integer lastNps, boolean npsDetractor, double couponShare,
        int daysSinceLastContact, boolean answeredLastRecall, int ignoredRecalls,
        String language, Channel preferredChannel, Set<Channel> reachableChannels, String city,
        List<CauseEvidence> causes,
        Double pAlive, Double expectedPurchases90d, BigDecimal expectedOrderValue, BigDecimal clv12m) {

    public CustomerProfile {
        reachableChannels = Set.copyOf(reachableChannels);
        causes = List.copyOf(causes);
    }

    /** Whether the customer carries this churn cause, whatever its confidence. */
    public boolean hasCause(ChurnCause cause) {
        return evidence(cause).isPresent();
    }

    /** Whether the customer carries this cause on direct evidence: a survey answer or a complaint. */
    public boolean hasDirectCause(ChurnCause cause) {
        return evidence(cause).map(CauseEvidence::direct).orElse(false);
    }

    /** The evidence for a cause in plain words, or an empty text when the customer does not carry it. */
    public String evidenceFor(ChurnCause cause) {
        return evidence(cause).map(CauseEvidence::evidence).orElse("");
    }

    /** The confidence of a cause, 0 when the customer does not carry it. */
    public double confidenceOf(ChurnCause cause) {
        return evidence(cause).map(CauseEvidence::confidence).orElse(0.0);
    }

    /** Whether the customer can be reached on this channel: a contact point and consent. */
    public boolean canReach(Channel channel) {
        return reachableChannels.contains(channel);
    }

    /** The strongest cause, if any. */
    public Optional<ChurnCause> topCause() {
        return causes.stream().findFirst().map(CauseEvidence::cause);
    }

    private Optional<CauseEvidence> evidence(ChurnCause cause) {
        for (CauseEvidence e : causes) {
            if (e.cause() == cause) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The same customer with these causes, strongest first. */
    public CustomerProfile withCauses(List<CauseEvidence> newCauses) {
        return new CustomerProfile(customerId, runDate, stage, registeredDays, ordersTotal, recencyDays, frequency,
                monetary, rScore, fScore, mScore, rfmSegment, orders90d, ordersPrev90d, frequencyTrend, aovTrend,
                inquiryTrend, earlyWarning, complaints90d, unresolvedTickets, lastNps, npsDetractor, couponShare,
                daysSinceLastContact, answeredLastRecall, ignoredRecalls, language, preferredChannel,
                reachableChannels, city, newCauses, pAlive, expectedPurchases90d, expectedOrderValue, clv12m);
    }

    /** A builder with neutral defaults, for readers, scenario files and tests. */
    public static CustomerProfileBuilder builder(long customerId) {
        return new CustomerProfileBuilder(customerId);
    }
}
