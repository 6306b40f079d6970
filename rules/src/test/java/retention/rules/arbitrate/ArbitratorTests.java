package retention.rules.arbitrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import retention.rules.book.ActionCatalogue;
import retention.rules.book.Proposal;
import retention.rules.facts.Channel;

class ArbitratorTests {

    final ActionCatalogue catalogue = ActionCatalogue.parse("""
            code,kind,cost,description
            WINBACK_DISCOUNT,MESSAGE,50,discount
            COMEBACK_GIFT,MESSAGE,15,gift
            APOLOGY,MESSAGE,50,apology
            CALLBACK_TASK,TASK,15,call
            STOP_CONTACT,SUPPRESS,0,stop
            """);

    final Arbitrator arbitrator = new Arbitrator(catalogue, new ArbitrationPolicy(1));

    @Test
    void keepsTheHighestPriorityMessageAndRecordsWhyTheOtherLost() {
        List<Decision> decisions = arbitrator.arbitrate(List.of(
                proposal("COMEBACK_GIFT", "gift rule", 10, Channel.SMS),
                proposal("WINBACK_DISCOUNT", "discount rule", 60, Channel.SMS)));

        assertThat(decisions).extracting(d -> d.proposal().actionCode(), Decision::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WINBACK_DISCOUNT", DecisionStatus.PLANNED),
                org.assertj.core.groups.Tuple.tuple("COMEBACK_GIFT", DecisionStatus.OUTRANKED));
        assertThat(decisions.get(1).reason()).isEqualTo("outranked by rule \"discount rule\": one message per channel per day");
    }

    @Test
    void breaksATieOfPrioritiesByRuleNameWhateverOrderTheRulesFiredIn() {
        Proposal gift = proposal("COMEBACK_GIFT", "b gift rule", 45, Channel.SMS);
        Proposal discount = proposal("WINBACK_DISCOUNT", "a discount rule", 45, Channel.SMS);

        for (List<Proposal> fired : List.of(List.of(gift, discount), List.of(discount, gift))) {
            assertThat(arbitrator.arbitrate(fired)).extracting(d -> d.proposal().ruleName(), Decision::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a discount rule", DecisionStatus.PLANNED),
                            org.assertj.core.groups.Tuple.tuple("b gift rule", DecisionStatus.OUTRANKED));
        }
    }

    @Test
    void appliesTheDailyMaximumAcrossChannels() {
        List<Decision> decisions = arbitrator.arbitrate(List.of(
                proposal("WINBACK_DISCOUNT", "discount rule", 60, Channel.SMS),
                proposal("APOLOGY", "apology rule", 50, Channel.EMAIL)));

        assertThat(decisions.get(1).status()).isEqualTo(DecisionStatus.OUTRANKED);
        assertThat(decisions.get(1).reason()).contains("daily maximum of 1").contains("discount rule");
    }

    @Test
    void allowsOneMessagePerChannelWhenTheDailyMaximumIsHigher() {
        Arbitrator generous = new Arbitrator(catalogue, new ArbitrationPolicy(2));

        List<Decision> decisions = generous.arbitrate(List.of(
                proposal("WINBACK_DISCOUNT", "discount rule", 60, Channel.SMS),
                proposal("APOLOGY", "apology rule", 50, Channel.EMAIL)));

        assertThat(decisions).allMatch(Decision::planned);
    }

    @Test
    void stopContactSilencesEveryMessageAndTask() {
        List<Decision> decisions = arbitrator.arbitrate(List.of(
                proposal("WINBACK_DISCOUNT", "discount rule", 60, Channel.SMS),
                proposal("CALLBACK_TASK", "callback rule", 70, Channel.PHONE),
                proposal("STOP_CONTACT", "stop rule", 100, Channel.SMS)));

        assertThat(decisions).filteredOn(d -> !d.proposal().actionCode().equals("STOP_CONTACT"))
                .allSatisfy(d -> {
                    assertThat(d.status()).isEqualTo(DecisionStatus.SUPPRESSED);
                    assertThat(d.reason()).isEqualTo("stopped by rule \"stop rule\" (STOP_CONTACT)");
                });
        assertThat(decisions).filteredOn(Decision::sendsMessage).isEmpty();
    }

    @Test
    void tasksDoNotCountAgainstTheMessageLimit() {
        List<Decision> decisions = arbitrator.arbitrate(List.of(
                proposal("CALLBACK_TASK", "callback rule", 70, Channel.PHONE),
                proposal("APOLOGY", "apology rule", 50, Channel.SMS)));

        assertThat(decisions).allMatch(Decision::planned);
    }

    @Test
    void notesASecondRuleProposingTheSameAction() {
        List<Decision> decisions = arbitrator.arbitrate(List.of(
                proposal("WINBACK_DISCOUNT", "low rule", 10, Channel.SMS),
                proposal("WINBACK_DISCOUNT", "high rule", 60, Channel.SMS)));

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.proposal().ruleName()).isEqualTo("high rule");
            assertThat(d.proposal().reason()).contains("also proposed by rule \"low rule\"");
        });
    }

    @Test
    void arbitratesEachCustomerSeparately() {
        List<Decision> decisions = arbitrator.arbitrate(List.of(
                new Proposal(1, "WINBACK_DISCOUNT", Channel.SMS, null, null, null, "r", 1, Map.of()),
                new Proposal(2, "WINBACK_DISCOUNT", Channel.SMS, null, null, null, "r", 1, Map.of())));

        assertThat(decisions).allMatch(Decision::planned);
    }

    @Test
    void plansOnlyTheHighestPriorityProposalOfAGroupAndKeepsTheOthersAsOutranked() {
        Arbitrator generous = new Arbitrator(catalogue, new ArbitrationPolicy(3));

        List<Decision> decisions = generous.arbitrate(List.of(
                grouped("COMEBACK_GIFT", "gift rule", 10, Channel.EMAIL, "winback"),
                grouped("CALLBACK_TASK", "callback rule", 30, Channel.PHONE, "winback"),
                grouped("WINBACK_DISCOUNT", "discount rule", 60, Channel.SMS, "winback"),
                proposal("APOLOGY", "apology rule", 20, Channel.WECHAT)));

        assertThat(decisions).extracting(d -> d.proposal().actionCode(), Decision::status, Decision::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("WINBACK_DISCOUNT", DecisionStatus.PLANNED, null),
                        org.assertj.core.groups.Tuple.tuple("CALLBACK_TASK", DecisionStatus.OUTRANKED,
                                "outranked by rule \"discount rule\" in group \"winback\": one action per group per day"),
                        org.assertj.core.groups.Tuple.tuple("APOLOGY", DecisionStatus.PLANNED, null),
                        org.assertj.core.groups.Tuple.tuple("COMEBACK_GIFT", DecisionStatus.OUTRANKED,
                                "outranked by rule \"discount rule\" in group \"winback\": one action per group per day"));
    }

    @Test
    void letsTheNextProposalOfAGroupGoAheadWhenTheFirstLostOnItsChannel() {
        List<Decision> decisions = arbitrator.arbitrate(List.of(
                proposal("APOLOGY", "apology rule", 90, Channel.SMS),
                grouped("WINBACK_DISCOUNT", "discount rule", 60, Channel.SMS, "winback"),
                grouped("CALLBACK_TASK", "callback rule", 30, Channel.PHONE, "winback")));

        assertThat(decisions).extracting(d -> d.proposal().actionCode(), Decision::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("APOLOGY", DecisionStatus.PLANNED),
                org.assertj.core.groups.Tuple.tuple("WINBACK_DISCOUNT", DecisionStatus.OUTRANKED),
                org.assertj.core.groups.Tuple.tuple("CALLBACK_TASK", DecisionStatus.PLANNED));
    }

    static Proposal grouped(String action, String rule, int priority, Channel channel, String group) {
        return new Proposal(1, action, channel, null, null, null, rule, priority, Map.of(), group);
    }

    static Proposal proposal(String action, String rule, int priority, Channel channel) {
        return new Proposal(1, action, channel, null, null, null, rule, priority, Map.of());
    }
}
