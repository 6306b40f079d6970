package retention.rules.holdout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import retention.rules.arbitrate.Decision;
import retention.rules.arbitrate.DecisionStatus;
import retention.rules.book.ActionKind;
import retention.rules.book.Proposal;
import retention.rules.facts.Channel;

class HoldoutPolicyTests {

    final HoldoutPolicy policy = new HoldoutPolicy(0.1, Map.of("COMEBACK_GIFT", 0.3), 0.05, "global");

    @Test
    void holdsOutTheRulesControlGroupWithTheReason() {
        long id = LongStream.rangeClosed(1, 10_000).filter(c -> !policy.inGlobalControl(c)
                && HoldoutSplit.heldOut(c, "winback", 0.1)).findFirst().orElseThrow();

        Decision decision = policy.apply(List.of(planned(id, "WINBACK_DISCOUNT", "winback", null))).get(0);

        assertThat(decision.status()).isEqualTo(DecisionStatus.HELD_OUT);
        assertThat(decision.reason()).isEqualTo("control group of rule \"winback\" (10.0% held out, to measure "
                + "what the action adds)");
    }

    @Test
    void holdsOutEveryMessageAndTaskOfAGlobalControlCustomerButNotTheirSuppression() {
        long id = LongStream.rangeClosed(1, 10_000).filter(policy::inGlobalControl).findFirst().orElseThrow();
        Decision stop = new Decision(proposal(id, "STOP_CONTACT", "stop", null), ActionKind.SUPPRESS,
                DecisionStatus.PLANNED, null);

        List<Decision> decisions = policy.apply(List.of(planned(id, "WINBACK_DISCOUNT", "a", 0.0),
                new Decision(proposal(id, "CALLBACK_TASK", "b", 0.0), ActionKind.TASK, DecisionStatus.PLANNED, null),
                stop));

        assertThat(decisions).extracting(Decision::status)
                .containsExactly(DecisionStatus.HELD_OUT, DecisionStatus.HELD_OUT, DecisionStatus.PLANNED);
        assertThat(decisions.get(0).reason()).startsWith("global control group (5.0% of customers");
    }

    @Test
    void leavesActionsThatDidNotGoAheadAsTheyWere() {
        Decision outranked = new Decision(proposal(1, "WINBACK_DISCOUNT", "r", 0.99), ActionKind.MESSAGE,
                DecisionStatus.OUTRANKED, "outranked");

        assertThat(policy.apply(List.of(outranked))).containsExactly(outranked);
    }

    @Test
    void takesTheRulesShareFirstThenTheActionsThenTheDefault() {
        assertThat(policy.shareOf(proposal(1, "COMEBACK_GIFT", "r", 0.2))).isEqualTo(0.2);
        assertThat(policy.shareOf(proposal(1, "COMEBACK_GIFT", "r", null))).isEqualTo(0.3);
        assertThat(policy.shareOf(proposal(1, "WINBACK_DISCOUNT", "r", null))).isEqualTo(0.1);
    }

    @Test
    void holdsOutAboutTheRulesShareOfItsCustomers() {
        HoldoutPolicy noGlobal = new HoldoutPolicy(0.1, Map.of(), 0, "global");
        long held = LongStream.rangeClosed(1, 50_000).filter(id -> noGlobal.apply(
                List.of(planned(id, "WINBACK_DISCOUNT", "r", 0.2))).get(0).status() == DecisionStatus.HELD_OUT).count();

        assertThat(held).isBetween(10_000L - 360, 10_000L + 360);
    }

    @Test
    void refusesAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> new HoldoutPolicy(1.0, Map.of(), 0, "g"))
                .hasMessage("default control share must be from 0 up to (not including) 1, not 1.0");
        assertThatThrownBy(() -> new HoldoutPolicy(0.1, Map.of("X", -0.1), 0, "g"))
                .hasMessage("control share of X must be from 0 up to (not including) 1, not -0.1");
    }

    private static Decision planned(long id, String action, String rule, Double share) {
        return new Decision(proposal(id, action, rule, share), ActionKind.MESSAGE, DecisionStatus.PLANNED, null);
    }

    private static Proposal proposal(long id, String action, String rule, Double share) {
        return new Proposal(id, action, Channel.SMS, null, null, null, rule, 10, Map.of(), null, share);
    }
}
