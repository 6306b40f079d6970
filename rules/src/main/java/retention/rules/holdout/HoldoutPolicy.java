package retention.rules.holdout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import retention.rules.arbitrate.Decision;
import retention.rules.arbitrate.DecisionStatus;
import retention.rules.book.ActionKind;
import retention.rules.book.Proposal;

/**
 * Holds out control groups after arbitration, so that treated and control customers are chosen by exactly the
 * same rule on the same facts and differ only in the hash: a customer in the global control group gets no message
 * or task at all; otherwise a customer in the control group of the rule that won gets nothing from that rule.
 * Suppressions (stop-contact) are never held out: they send nothing either way.
 *
 * @param defaultShare the control share of a rule that does not set its own ({@code .controlShare(x)})
 * @param actionShares control shares by action code, for rules that do not set their own
 * @param globalShare the share of all customers in the global control group, 0 for none
 * @param globalKey the experiment key of the global control group; changing it draws a new group
 */
public record HoldoutPolicy(double defaultShare, Map<String, Double> actionShares, double globalShare,
        String globalKey) {

    /** No control groups at all: every planned action goes ahead. */
    public static final HoldoutPolicy NONE = new HoldoutPolicy(0, Map.of(), 0, "global");

    public HoldoutPolicy {
        actionShares = Map.copyOf(actionShares);
        check("default control share", defaultShare);
        check("global control share", globalShare);
        actionShares.forEach((code, share) -> check("control share of " + code, share));
    }

    /** The control share that applies to a proposal: the rule's own, else its action's, else the default. */
    public double shareOf(Proposal proposal) {
        if (proposal.controlShare() != null) {
            return proposal.controlShare();
        }
        return actionShares.getOrDefault(proposal.actionCode(), defaultShare);
    }

    /** Whether the customer is in the global control group. */
    public boolean inGlobalControl(long customerId) {
        return HoldoutSplit.heldOut(customerId, globalKey, globalShare);
    }

    /** The decisions with the planned messages and tasks of control-group customers turned into HELD_OUT. */
    public List<Decision> apply(List<Decision> decisions) {
        List<Decision> result = new ArrayList<>(decisions.size());
        for (Decision d : decisions) {
            result.add(d.planned() && d.kind() != ActionKind.SUPPRESS ? split(d) : d);
        }
        return result;
    }

    private Decision split(Decision d) {
        Proposal p = d.proposal();
        if (inGlobalControl(p.customerId())) {
            return new Decision(p, d.kind(), DecisionStatus.HELD_OUT, "global control group ("
                    + percent(globalShare) + " of customers get nothing, to measure the whole rule book)");
        }
        double share = shareOf(p);
        if (HoldoutSplit.heldOut(p.customerId(), p.ruleName(), share)) {
            return new Decision(p, d.kind(), DecisionStatus.HELD_OUT, "control group of rule \"" + p.ruleName()
                    + "\" (" + percent(share) + " held out, to measure what the action adds)");
        }
        return d;
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + "%";
    }

    private static void check(String what, double share) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException(what + " must be from 0 up to (not including) 1, not " + share);
        }
    }
}
