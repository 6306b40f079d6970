package retention.db.action;

/**
 * How many actions of one code went out on one channel with one status.
 *
 * @param actionCode the action
 * @param channel the channel
 * @param status the status
 * @param count how many
 */
public record ActionCount(String actionCode, String channel, String status, long count) {
}
