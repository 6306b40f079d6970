package retention.rules.arbitrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import retention.rules.book.ActionCatalogue;
import retention.rules.book.ActionKind;
import retention.rules.book.Proposal;
import retention.rules.facts.Channel;

/**
 * Decides which of the night's proposals go ahead, customer by customer. In order: a suppression (stop-contact)
 * silences every message and task for the customer; then proposals are taken by priority: at most one per
 * mutually exclusive group ({@code propose(...).group("winback")}), and for messages at most one per channel and
 * at most the daily maximum; every loser is kept with the rule that beat it.
 */
public final class Arbitrator {

    /**
     * Highest priority first; between equal priorities the rule name decides, so that the outcome never depends on
     * the order in which the engine happened to fire the rules (a forced re-run decides exactly the same).
     */
    private static final Comparator<Proposal> BY_PRIORITY = Comparator.comparingInt(Proposal::priority).reversed()
            .thenComparing(Proposal::ruleName);

    private final ActionCatalogue catalogue;
    private final ArbitrationPolicy policy;

    public Arbitrator(ActionCatalogue catalogue, ArbitrationPolicy policy) {
        this.catalogue = catalogue;
        this.policy = policy;
    }

    /** Arbitrates the proposals of a chunk, which may hold several customers, in customer order. */
    public List<Decision> arbitrate(List<Proposal> proposals) {
        Map<Long, List<Proposal>> byCustomer = new LinkedHashMap<>();
        for (Proposal p : proposals) {
            byCustomer.computeIfAbsent(p.customerId(), id -> new ArrayList<>()).add(p);
        }
        List<Decision> decisions = new ArrayList<>(proposals.size());
        byCustomer.values().forEach(forOne -> decisions.addAll(arbitrateCustomer(forOne)));
        return decisions;
    }

    private List<Decision> arbitrateCustomer(List<Proposal> proposals) {
        List<Proposal> ranked = distinctActions(proposals);
        Proposal stop = ranked.stream().filter(p -> kind(p) == ActionKind.SUPPRESS).findFirst().orElse(null);
        List<Decision> decisions = new ArrayList<>(ranked.size());
        Map<Channel, Proposal> channelTakenBy = new EnumMap<>(Channel.class);
        Map<String, Proposal> groupTakenBy = new HashMap<>();
        Proposal firstMessage = null;
        int messages = 0;
        for (Proposal p : ranked) {
            ActionKind kind = kind(p);
            Proposal groupWinner = p.group() == null ? null : groupTakenBy.get(p.group());
            if (kind == ActionKind.SUPPRESS) {
                decisions.add(planned(p, kind, groupTakenBy));
            }
            else if (stop != null) {
                decisions.add(new Decision(p, kind, DecisionStatus.SUPPRESSED,
                        "stopped by rule \"" + stop.ruleName() + "\" (" + stop.actionCode() + ")"));
            }
            else if (groupWinner != null) {
                decisions.add(new Decision(p, kind, DecisionStatus.OUTRANKED, "outranked by rule \""
                        + groupWinner.ruleName() + "\" in group \"" + p.group() + "\": one action per group per day"));
            }
            else if (kind == ActionKind.TASK) {
                decisions.add(planned(p, kind, groupTakenBy));
            }
            else if (channelTakenBy.containsKey(p.channel())) {
                decisions.add(new Decision(p, kind, DecisionStatus.OUTRANKED, "outranked by rule \""
                        + channelTakenBy.get(p.channel()).ruleName() + "\": one message per channel per day"));
            }
            else if (messages >= policy.maxMessagesPerDay()) {
                String winner = firstMessage == null ? "" : "; outranked by rule \"" + firstMessage.ruleName() + "\"";
                decisions.add(new Decision(p, kind, DecisionStatus.OUTRANKED,
                        "daily maximum of " + policy.maxMessagesPerDay() + " message(s) reached" + winner));
            }
            else {
                decisions.add(planned(p, kind, groupTakenBy));
                channelTakenBy.put(p.channel(), p);
                firstMessage = firstMessage == null ? p : firstMessage;
                messages++;
            }
        }
        return decisions;
    }

    private static Decision planned(Proposal p, ActionKind kind, Map<String, Proposal> groupTakenBy) {
        if (p.group() != null) {
            groupTakenBy.putIfAbsent(p.group(), p);
        }
        return new Decision(p, kind, DecisionStatus.PLANNED, null);
    }

    /**
     * One proposal per action code, the highest priority first: the action log holds one row per customer,
     * night and action, so a second rule proposing the same action is noted on the winner's row.
     */
    private static List<Proposal> distinctActions(List<Proposal> proposals) {
        Map<String, Proposal> byAction = new LinkedHashMap<>();
        proposals.stream().sorted(BY_PRIORITY).forEach(p -> byAction.merge(p.actionCode(), p, (winner, loser) ->
                new Proposal(winner.customerId(), winner.actionCode(), winner.channel(), winner.offer(),
                        winner.template(), alsoProposedBy(winner.reason(), loser.ruleName()), winner.ruleName(),
                        winner.priority(), winner.facts(), winner.group(), winner.controlShare())));
        return new ArrayList<>(byAction.values());
    }

    private static String alsoProposedBy(String reason, String otherRule) {
        String note = "also proposed by rule \"" + otherRule + "\"";
        return reason == null ? note : reason + "; " + note;
    }

    private ActionKind kind(Proposal p) {
        return catalogue.kindOf(p.actionCode());
    }
}
