package retention.batch.preview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import retention.rules.arbitrate.Decision;
import retention.rules.book.ActionCatalogue;
import retention.rules.book.ActionDefinition;
import retention.rules.book.Proposal;

/**
 * Adds up, chunk by chunk, how the candidate's planned actions differ from the live ones. It keeps counts and a
 * few examples per change, never the whole population, so a preview of a million customers runs in little memory.
 */
final class PreviewTally {

    private final ActionCatalogue liveActions;
    private final ActionCatalogue candidateActions;
    private final int examplesPerChange;
    private final Map<Key, Counted> changes = new LinkedHashMap<>();
    private long customers;
    private long messagesBefore;
    private long messagesAfter;
    private BigDecimal costBefore = BigDecimal.ZERO;
    private BigDecimal costAfter = BigDecimal.ZERO;

    PreviewTally(ActionCatalogue liveActions, ActionCatalogue candidateActions, int examplesPerChange) {
        this.liveActions = liveActions;
        this.candidateActions = candidateActions;
        this.examplesPerChange = examplesPerChange;
    }

    /** One chunk: how many customers it had and both rule books' decisions for them. */
    void add(int chunkCustomers, List<Decision> live, List<Decision> candidate) {
        customers += chunkCustomers;
        Map<Long, Map<String, Proposal>> before = planned(live);
        Map<Long, Map<String, Proposal>> after = planned(candidate);
        messagesBefore += live.stream().filter(Decision::sendsMessage).count();
        messagesAfter += candidate.stream().filter(Decision::sendsMessage).count();
        costBefore = costBefore.add(cost(before, liveActions));
        costAfter = costAfter.add(cost(after, candidateActions));
        for (Map.Entry<Long, Map<String, Proposal>> customer : after.entrySet()) {
            Map<String, Proposal> was = before.getOrDefault(customer.getKey(), Map.of());
            for (Proposal now : customer.getValue().values()) {
                Proposal old = was.get(now.actionCode());
                if (old == null) {
                    count(ChangeKind.ADDED, now.actionCode(), now.channel().name(), example(now, null));
                }
                else if (differs(old, now)) {
                    String channel = old.channel() == now.channel() ? now.channel().name()
                            : old.channel() + " → " + now.channel();
                    count(ChangeKind.CHANGED, now.actionCode(), channel, example(now, describe(old)));
                }
            }
        }
        for (Map.Entry<Long, Map<String, Proposal>> customer : before.entrySet()) {
            Map<String, Proposal> now = after.getOrDefault(customer.getKey(), Map.of());
            customer.getValue().values().stream().filter(old -> !now.containsKey(old.actionCode()))
                    .forEach(old -> count(ChangeKind.REMOVED, old.actionCode(), old.channel().name(), example(old, null)));
        }
    }

    PreviewReport report(java.time.LocalDate runDate, String live, String candidate) {
        List<PreviewChange> list = new ArrayList<>();
        changes.forEach((key, counted) -> list.add(new PreviewChange(key.kind(), key.actionCode(), key.channel(),
                counted.customers, counted.examples)));
        list.sort(Comparator.comparing(PreviewChange::kind).thenComparing(Comparator
                .comparingLong(PreviewChange::customers).reversed()).thenComparing(PreviewChange::actionCode));
        return new PreviewReport(runDate, live, candidate, customers, list, messagesBefore, messagesAfter, costBefore,
                costAfter);
    }

    private void count(ChangeKind kind, String actionCode, String channel, PreviewExample example) {
        Counted counted = changes.computeIfAbsent(new Key(kind, actionCode, channel), k -> new Counted());
        counted.customers++;
        if (counted.examples.size() < examplesPerChange) {
            counted.examples.add(example);
        }
    }

    private static Map<Long, Map<String, Proposal>> planned(List<Decision> decisions) {
        Map<Long, Map<String, Proposal>> planned = new LinkedHashMap<>();
        decisions.stream().filter(Decision::planned).map(Decision::proposal).forEach(p -> planned
                .computeIfAbsent(p.customerId(), id -> new LinkedHashMap<>()).put(p.actionCode(), p));
        return planned;
    }

    private static BigDecimal cost(Map<Long, Map<String, Proposal>> planned, ActionCatalogue actions) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Proposal> customer : planned.values()) {
            for (String code : customer.keySet()) {
                total = total.add(actions.find(code).map(ActionDefinition::cost).orElse(BigDecimal.ZERO));
            }
        }
        return total;
    }

    private static boolean differs(Proposal old, Proposal now) {
        return old.channel() != now.channel() || !Objects.equals(old.offer(), now.offer())
                || !Objects.equals(old.template(), now.template()) || !old.ruleName().equals(now.ruleName());
    }

    private static PreviewExample example(Proposal p, String before) {
        return new PreviewExample(p.customerId(), p.ruleName(), p.explanation(), before);
    }

    private static String describe(Proposal p) {
        return p.channel() + ", rule \"" + p.ruleName() + "\"" + (p.offer() == null ? "" : ", offer " + p.offer())
                + (p.template() == null ? "" : ", template " + p.template());
    }

    private record Key(ChangeKind kind, String actionCode, String channel) {
    }

    private static final class Counted {
        private long customers;
        private final List<PreviewExample> examples = new ArrayList<>();
    }
}
