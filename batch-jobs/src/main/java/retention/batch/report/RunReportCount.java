package retention.batch.report;

/**
 * One line of a run report's breakdown.
 *
 * @param section ACTION (name = action code, detail = channel and status), RULE (name = rule, detail = status),
 *        REASON (name = status, detail = why the action did not go ahead), SKIP (name = table, detail = reason) or
 *        STEP (name = step, count = milliseconds)
 * @param name what is counted
 * @param detail the breakdown of it
 * @param count how many
 */
public record RunReportCount(String section, String name, String detail, long count) {
}
