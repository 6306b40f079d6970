package retention.db.generate;

import java.time.LocalDateTime;

/**
 * The interactions that are a churn cause's direct evidence: complaints, slow tickets and detractor scores for
 * SERVICE_DISSATISFIED, survey reasons for price, changed needs and competitors, security tickets and
 * language or payment inquiries. No other customer gets any of them: their surveys score 7 to 10, their tickets are
 * resolved within a day, and nobody else complains.
 */
final class EvidencePlanter {

    /** 365-day look-back of interactions, less a margin. */
    private static final int LOOK_BACK = 360;

    private EvidencePlanter() {
    }

    static void plan(CustomerDraft d) {
        Dice dice = d.dice;
        if (d.plan.has(Cause.PRICE_SENSITIVE) && dice.chance(0.4)) {
            reasonSurvey(d, "price");
        }
        if (d.plan.has(Cause.SERVICE_DISSATISFIED)) {
            ServiceEvidence.plan(d);
        }
        if (d.plan.has(Cause.NEEDS_CHANGED) && dice.chance(0.4)) {
            reasonSurvey(d, "no_longer_need");
        }
        if (d.plan.has(Cause.COMPETITOR_PULL) && d.plan.campaign() == null) {
            reasonSurvey(d, "competitor");
        }
        if (d.plan.has(Cause.SECURITY_CONCERN)) {
            securityTicket(d);
        }
        if (d.plan.has(Cause.LOCALIZATION_GAP) && dice.chance(0.6)) {
            localizationInquiry(d);
        }
    }

    /**
     * A survey answer naming the reason, scored 7-8: a passive, not a detractor, so it is no service evidence. It
     * lies after the anchor (older) so that a detractor score planted at the anchor stays the latest answer.
     */
    private static void reasonSurvey(CustomerDraft d, String reason) {
        int day = d.clamp(d.anchor + d.dice.between(3, 15), 5, LOOK_BACK);
        d.interactions.add(new InteractionRow(d.id(), "NPS_SURVEY", reason, d.dice.between(7, 8), d.time(day), null,
                Notes.of(d.dice, d.identity.language(), reason)));
    }

    /** A ticket about the account's or payment's security, answered within the day: it is no slow-ticket evidence. */
    private static void securityTicket(CustomerDraft d) {
        LocalDateTime opened = d.time(d.clamp(d.anchor - d.dice.between(0, 10), 3, LOOK_BACK));
        d.interactions.add(new InteractionRow(d.id(), "TICKET", "security", null, opened,
                opened.plusHours(d.dice.between(2, 20)), Notes.of(d.dice, d.identity.language(), "security")));
    }

    /**
     * An AT_RISK customer's question about language or payment is one of the inquiries they asked before the drop,
     * so the inquiry trend stays as planted; a CHURNED customer asked it shortly after the last order.
     */
    private static void localizationInquiry(CustomerDraft d) {
        String reason = d.dice.pick(Catalogue.LOCALIZATION_REASONS);
        if (d.plan.stage() == Stage.AT_RISK) {
            for (int i = 0; i < d.interactions.size(); i++) {
                InteractionRow row = d.interactions.get(i);
                int day = d.timeline.dayOf(row.openedAt());
                if ("INQUIRY".equals(row.kind()) && day >= PurchasePattern.PREVIOUS_START
                        && day <= PurchasePattern.PREVIOUS_END) {
                    d.interactions.set(i, row.withReason(reason, Notes.of(d.dice, d.identity.language(), reason)));
                    return;
                }
            }
        }
        d.interactions.add(InteractionPlanner.inquiry(d, d.clamp(d.anchor, 5, LOOK_BACK), reason));
    }
}
