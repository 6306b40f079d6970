package retention.db.generate;

import java.time.LocalDateTime;

/**
 * One row of contact_log: a message the shop sent before this product existed.
 *
 * @param customerId the customer
 * @param channel SMS, EMAIL, WECHAT or PUSH
 * @param sentAt when (UTC)
 * @param template the template's name
 * @param personalized whether it addressed the customer personally
 * @param openedAt when it was opened, or null
 * @param answeredAt when the customer answered (ordered or replied), or null
 */
record ContactRow(long customerId, String channel, LocalDateTime sentAt, String template, boolean personalized,
        LocalDateTime openedAt, LocalDateTime answeredAt) {

    boolean engaged() {
        return personalized || openedAt != null || answeredAt != null;
    }

    ContactRow personalised(String personalTemplate) {
        return new ContactRow(customerId, channel, sentAt, personalTemplate, true, openedAt, answeredAt);
    }
}
