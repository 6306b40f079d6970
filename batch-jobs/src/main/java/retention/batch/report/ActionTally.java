package retention.batch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import retention.db.action.ActionRow;

/**
 * The actions of a date counted by action, channel, status, rule and reason, from which every breakdown of the run
 * report is summed: the date's actions are grouped once, not once per breakdown.
 */
public final class ActionTally {

    private record Key(String actionCode, String channel, String status, String ruleName, String reason) {
    }

    private final Map<Key, Long> counts = new HashMap<>();

    ActionTally() {
    }

    /** Counts actions as stored in the action log. */
    public synchronized void add(List<ActionRow> rows) {
        for (ActionRow row : rows) {
            counts.merge(new Key(row.actionCode(), row.channel(), row.status(), row.ruleName(),
                    row.reason() == null ? "" : row.reason()), 1L, Long::sum);
        }
    }

    synchronized void addAll(ActionTally other) {
        Map<Key, Long> theirs;
        synchronized (other) {
            theirs = new HashMap<>(other.counts);
        }
        theirs.forEach((key, count) -> counts.merge(key, count, Long::sum));
    }

    /** Adds a group's count; ranges counted side by side add to the same tally. */
    synchronized void add(String actionCode, String channel, String status, String ruleName, String reason,
            long count) {
        counts.merge(new Key(actionCode, channel, status, ruleName, reason), count, Long::sum);
    }

    /**
     * The breakdowns: ACTION (action code by channel and status), RULE (rule name by status) and REASON (status by
     * reason, of the actions that did not go as planned).
     */
    synchronized List<RunReportCount> breakdowns() {
        Map<RunReportCount, Long> sums = new HashMap<>();
        counts.forEach((key, count) -> {
            sums.merge(new RunReportCount("ACTION", key.actionCode(), key.channel() + " " + key.status(), 0), count,
                    Long::sum);
            sums.merge(new RunReportCount("RULE", key.ruleName(), key.status(), 0), count, Long::sum);
            if (!key.status().equals("PLANNED")) {
                sums.merge(new RunReportCount("REASON", key.status(), key.reason(), 0), count, Long::sum);
            }
        });
        List<RunReportCount> rows = new ArrayList<>(sums.size());
        sums.forEach((row, count) -> rows.add(new RunReportCount(row.section(), row.name(), row.detail(), count)));
        rows.sort(Comparator.comparing(RunReportCount::section).thenComparing(RunReportCount::name)
                .thenComparing(RunReportCount::detail));
        return rows;
    }
}
