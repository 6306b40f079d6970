package retention.app.dispatch;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a dispatch run did: messages by outcome, and for each outcome other than SENT and RETRY, by reason.
 */
public final class DispatchSummary {

    private final Map<Outcome.Kind, Long> counts = new EnumMap<>(Outcome.Kind.class);
    private final Map<String, Map<String, Long>> reasons = new TreeMap<>();

    synchronized void add(Outcome outcome) {
        counts.merge(outcome.kind(), 1L, Long::sum);
        if (outcome.kind() != Outcome.Kind.SENT && outcome.kind() != Outcome.Kind.RETRY && outcome.detail() != null) {
            reasons.computeIfAbsent(outcome.kind().name().toLowerCase(), k -> new TreeMap<>())
                    .merge(reasonKey(outcome.detail()), 1L, Long::sum);
        }
    }

    public long sent() {
        return count(Outcome.Kind.SENT);
    }

    public long retried() {
        return count(Outcome.Kind.RETRY);
    }

    public long failed() {
        return count(Outcome.Kind.FAILED);
    }

    public long expired() {
        return count(Outcome.Kind.EXPIRED);
    }

    public long suppressed() {
        return count(Outcome.Kind.SUPPRESSED);
    }

    public long postponed() {
        return count(Outcome.Kind.POSTPONED);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Outcome (suppressed, postponed, expired, failed) → reason with its particulars left out → count. */
    public Map<String, Map<String, Long>> reasons() {
        return reasons;
    }

    private long count(Outcome.Kind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** The kind of reason, without dates, numbers and provider text, so that like reasons add up. */
    static String reasonKey(String detail) {
        String head = detail.split(";")[0];
        int colon = head.indexOf(": ");
        head = colon > 0 ? head.substring(0, colon) : head;
        return head.replaceAll("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?( [A-Za-z_/]+)?", "…").replaceAll("\\d+", "N").strip();
    }

    @Override
    public String toString() {
        return String.format("%d sent, %d retried, %d failed, %d expired, %d suppressed, %d postponed", sent(),
                retried(), failed(), expired(), suppressed(), postponed());
    }
}
