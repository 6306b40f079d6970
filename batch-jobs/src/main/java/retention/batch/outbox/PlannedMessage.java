package retention.batch.outbox;

/**
 * A planned action that becomes an outbox row: a message, or a PHONE callback task.
 *
 * @param actionId the action
 * @param customerId the customer
 * @param actionCode the action code, for the default template name
 * @param channel the channel
 * @param template the rule's template name, or null
 * @param priority the rule's priority
 * @param language the customer's language
 */
record PlannedMessage(long actionId, long customerId, String actionCode, String channel, String template, int priority,
        String language) {
}
