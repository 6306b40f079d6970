package retention.db.generate;

import java.time.LocalDateTime;

/**
 * One row of interaction: an inquiry, complaint, ticket, NPS survey answer or review.
 *
 * @param customerId the customer
 * @param kind INQUIRY, COMPLAINT, TICKET, NPS_SURVEY or REVIEW
 * @param reasonTag why, or null
 * @param score the NPS score (0-10) or review stars (1-5), or null
 * @param openedAt when it was opened or written (UTC)
 * @param resolvedAt when it was resolved, or null
 * @param note the customer's words, or null
 */
record InteractionRow(long customerId, String kind, String reasonTag, Integer score, LocalDateTime openedAt,
        LocalDateTime resolvedAt, String note) {

    InteractionRow withReason(String reason, String text) {
        return new InteractionRow(customerId, kind, reason, score, openedAt, resolvedAt, text);
    }
}
