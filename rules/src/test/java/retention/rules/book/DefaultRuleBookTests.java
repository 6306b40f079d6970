package retention.rules.book;

import static org.assertj.core.api.Assertions.assertThat;
import static retention.rules.facts.ChurnCause.PRICE_SENSITIVE;
import static retention.rules.facts.ChurnCause.SERVICE_DISSATISFIED;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import retention.rules.facts.Channel;
import retention.rules.facts.CustomerProfile;
import retention.rules.facts.Stage;

class DefaultRuleBookTests {

    static RuleBook ruleBook;

    @BeforeAll
    static void load() {
        ruleBook = new RuleBookLoader().load(Path.of("rulebook"));
    }

    @Test
    void offersComebackDiscountToPriceSensitiveChurnedCustomer() {
        CustomerProfile customer = churned().cause(PRICE_SENSITIVE, 0.8, false, "7 of 9 orders used a coupon").build();

        List<Proposal> proposals = ruleBook.evaluate(customer);

        assertThat(proposals).extracting(Proposal::actionCode).contains("WINBACK_DISCOUNT");
        Proposal discount = proposals.stream().filter(p -> p.actionCode().equals("WINBACK_DISCOUNT")).findFirst().get();
        assertThat(discount.channel()).isEqualTo(Channel.SMS);
        assertThat(discount.offer()).isEqualTo("50 off 300, only for you");
        assertThat(discount.ruleName()).isEqualTo("Churned, price-sensitive: exclusive comeback discount");
        assertThat(discount.priority()).isEqualTo(60);
        assertThat(ruleBook.fileOf(discount.ruleName())).isEqualTo("offers.drl.xlsx");
    }

    @Test
    void explainsAProposalWithTheFactsItsRuleTested() {
        CustomerProfile customer = churned().cause(PRICE_SENSITIVE, 0.8, false, "7 of 9 orders used a coupon").build();

        Proposal discount = ruleBook.evaluate(customer).stream()
                .filter(p -> p.actionCode().equals("WINBACK_DISCOUNT")).findFirst().get();

        assertThat(discount.facts()).containsEntry("stage", "CHURNED").containsEntry("daysSinceLastContact", "30")
                .containsEntry("cause PRICE_SENSITIVE", "7 of 9 orders used a coupon");
        assertThat(discount.explanation()).contains("stage = CHURNED");
    }

    @Test
    void apologisesToChurnedCustomerAfterBadService() {
        CustomerProfile customer = churned().cause(SERVICE_DISSATISFIED, 0.9, true, "complaint #12 unresolved for 52 h")
                .build();

        assertThat(ruleBook.evaluate(customer)).extracting(Proposal::actionCode).contains("APOLOGY_COMPENSATION")
                .doesNotContain("WINBACK_DISCOUNT");
    }

    @Test
    void proposesOneActionKindPerLifecycleStage() {
        assertThat(actionsFor(potential().build())).containsExactly("FIRST_ORDER_COUPON");
        assertThat(actionsFor(CustomerProfile.builder(2).stage(Stage.NEW).recencyDays(5).ordersTotal(1)
                .daysSinceLastContact(10).build())).containsExactly("WELCOME_NEXT_COUPON");
        assertThat(actionsFor(CustomerProfile.builder(3).stage(Stage.ACTIVE).daysSinceLastContact(30).build()))
                .containsExactly("PERSONAL_RECOMMENDATION");
        assertThat(actionsFor(CustomerProfile.builder(4).stage(Stage.LOYAL).daysSinceLastContact(30).build()))
                .containsExactly("VIP_PERK");
        assertThat(actionsFor(CustomerProfile.builder(5).stage(Stage.AT_RISK).daysSinceLastContact(30).build()))
                .containsExactly("CARE_CONTENT");
        assertThat(actionsFor(churned().build())).containsExactly("COMEBACK_GIFT");
    }

    @Test
    void staysSilentForAChurnedCustomerWhoIgnoredThreeRecalls() {
        assertThat(actionsFor(churned().ignoredRecalls(3).build())).contains("STOP_CONTACT");
    }

    @Test
    void doesNotContactARecentlyContactedChurnedCustomerAgain() {
        assertThat(actionsFor(churned().daysSinceLastContact(3).build())).isEmpty();
    }

    @Test
    void evaluatesAChunkOfCustomersInOneCall() {
        List<CustomerProfile> chunk = List.of(churned().build(), potential().build());

        assertThat(ruleBook.evaluate(chunk)).extracting(Proposal::customerId).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void identifiesItsVersionByContentHash() {
        assertThat(ruleBook.contentHash()).hasSize(64);
        assertThat(new RuleBookLoader().load(Path.of("rulebook")).contentHash()).isEqualTo(ruleBook.contentHash());
    }

    private static List<String> actionsFor(CustomerProfile customer) {
        return ruleBook.evaluate(customer).stream().map(Proposal::actionCode).toList();
    }

    private static retention.rules.facts.CustomerProfileBuilder potential() {
        return CustomerProfile.builder(2).stage(Stage.POTENTIAL).registeredDays(10).daysSinceLastContact(10);
    }

    private static retention.rules.facts.CustomerProfileBuilder churned() {
        return CustomerProfile.builder(1).stage(Stage.CHURNED).recencyDays(120).ordersTotal(5)
                .daysSinceLastContact(30);
    }
}
