package retention.rules.facts;

/**
 * One detected churn cause with the evidence a business user reads ("7 of 9 orders used a coupon").
 *
 * @param cause the cause
 * @param confidence between 0 and 1; direct evidence (a survey answer, a complaint) scores higher than a
 *        behavioural guess
 * @param direct whether the customer said or reported it (survey reason, complaint) rather than it being inferred
 * @param evidence the evidence in plain words
 */
public record CauseEvidence(ChurnCause cause, double confidence, boolean direct, String evidence) {
}
