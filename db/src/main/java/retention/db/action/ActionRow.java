package retention.db.action;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of the action log as written by the nightly run, its texts cut to the widths of their columns, so that
 * whoever counts rows counts them as stored.
 *
 * @param runDate the run date
 * @param customerId the customer
 * @param actionCode the action
 * @param kind MESSAGE, TASK or SUPPRESS
 * @param status PLANNED, OUTRANKED, SUPPRESSED (later HELD_OUT)
 * @param channel the channel
 * @param ruleName the rule that proposed it
 * @param ruleBookVersionId the rule book version
 * @param priority the rule's priority
 * @param offer the offer in words, or null
 * @param template the template, or null
 * @param reason the rule's reason or why it did not go ahead, or null
 * @param explanation the facts the rule tested, as {@code field = value; ...}
 * @param createdAt when it was written (UTC)
 */
public record ActionRow(LocalDate runDate, long customerId, String actionCode, String kind, String status,
        String channel, String ruleName, long ruleBookVersionId, int priority, String offer, String template,
        String reason, String explanation, LocalDateTime createdAt) {

    public ActionRow {
        ruleName = limit(ruleName, 200);
        offer = limit(offer, 200);
        template = limit(template, 60);
        reason = limit(reason, 500);
        explanation = limit(explanation, 2000);
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
