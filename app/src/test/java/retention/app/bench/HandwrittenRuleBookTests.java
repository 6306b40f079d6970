package retention.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import retention.rules.arbitrate.ArbitrationPolicy;
import retention.rules.arbitrate.Arbitrator;
import retention.rules.arbitrate.Decision;
import retention.rules.book.Proposal;
import retention.rules.book.RuleBook;
import retention.rules.book.RuleBookLoader;
import retention.rules.facts.Channel;
import retention.rules.facts.ChurnCause;
import retention.rules.facts.CustomerProfile;
import retention.rules.facts.RfmSegment;
import retention.rules.facts.Stage;

/**
 * The benchmark compares the rule engine with {@link HandwrittenRuleBook}; that comparison means something only while
 * both decide the same. Customers are drawn with every fact on and around the thresholds the default book tests.
 */
class HandwrittenRuleBookTests {

    static RuleBook defaultBook;

    final HandwrittenRuleBook handwritten = new HandwrittenRuleBook();

    @BeforeAll
    static void loadTheDefaultRuleBook() {
        defaultBook = new RuleBookLoader().load(Path.of("../rules/rulebook"));
    }

    @Test
    void proposesWhatTheDefaultRuleBookProposesForEveryCustomer() {
        List<CustomerProfile> customers = customers(20_000, new Random(11));

        for (int from = 0; from < customers.size(); from += 1_000) {
            List<CustomerProfile> chunk = customers.subList(from, from + 1_000);
            List<Proposal> byHand = handwritten.evaluate(chunk);
            List<Proposal> byRules = defaultBook.evaluate(chunk);
            assertThat(byHand.stream().filter(p -> !byRules.contains(p)).limit(3)).as("made by hand only").isEmpty();
            assertThat(byRules.stream().filter(p -> !byHand.contains(p)).limit(3)).as("made by the rules only").isEmpty();
            assertThat(sorted(byHand)).isEqualTo(sorted(byRules));
        }
    }

    @Test
    void reachesEveryRuleOfTheDefaultBookSoTheComparisonCoversThemAll() {
        Set<String> fired = new TreeSet<>();
        handwritten.evaluate(customers(20_000, new Random(11))).forEach(p -> fired.add(p.ruleName()));

        assertThat(fired).containsExactlyInAnyOrderElementsOf(defaultBook.ruleNames());
    }

    @Test
    void arbitrationDecidesTheSameWhicheverMadeTheProposals() {
        Arbitrator arbitrator = new Arbitrator(defaultBook.catalogue(), new ArbitrationPolicy(1));
        List<CustomerProfile> customers = customers(5_000, new Random(5));

        assertThat(sortedDecisions(arbitrator.arbitrate(handwritten.evaluate(customers))))
                .isEqualTo(sortedDecisions(arbitrator.arbitrate(defaultBook.evaluate(customers))));
    }

    private static List<Proposal> sorted(List<Proposal> proposals) {
        return proposals.stream()
                .sorted(Comparator.comparingLong(Proposal::customerId).thenComparing(Proposal::ruleName)).toList();
    }

    private static List<String> sortedDecisions(List<Decision> decisions) {
        return decisions.stream().map(d -> d.proposal().customerId() + " " + d.proposal().ruleName() + " "
                + d.status() + " " + d.reason() + " " + d.proposal().reason()).sorted().toList();
    }

    static List<CustomerProfile> customers(int count, Random random) {
        List<CustomerProfile> customers = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            var b = CustomerProfile.builder(id).runDate(LocalDate.of(2026, 11, 23))
                    .stage(pick(random, Stage.values()))
                    .registeredDays(pick(random, 0, 2, 3, 4, 30, 31, 364, 365, 400))
                    .recencyDays(random.nextInt(10) == 0 ? null : pick(random, 0, 13, 14, 15, 29, 30, 31, 179, 180, 181, 300))
                    .fScore(1 + random.nextInt(5)).mScore(1 + random.nextInt(5))
                    .rfmSegment(pick(random, RfmSegment.values()))
                    .frequencyTrend(maybe(random, 0.5, 0.7, 0.71, 1.2))
                    .aovTrend(maybe(random, 0.79, 0.8, 0.81, 1.0))
                    .inquiryTrend(maybe(random, 0.4, 0.5, 0.51, 1.0))
                    .earlyWarning(random.nextBoolean())
                    .complaints90d(random.nextInt(3)).unresolvedTickets(random.nextInt(3))
                    .lastNps(random.nextInt(4) == 0 ? null : random.nextInt(11)).npsDetractor(random.nextBoolean())
                    .daysSinceLastContact(pick(random, 0, 2, 3, 6, 7, 13, 14, 15, 29, 30, 31, 400))
                    .ignoredRecalls(random.nextInt(5))
                    .preferredChannel(pick(random, Channel.values()))
                    .pAlive(maybe(random, 0.05, 0.09, 0.1, 0.5, 0.94, 0.95, 0.99))
                    .clv12m(random.nextInt(5) == 0 ? null : pick(random, new BigDecimal("50.00"),
                            new BigDecimal("99.99"), new BigDecimal("100.00"), new BigDecimal("500.00")));
            for (ChurnCause cause : ChurnCause.values()) {
                if (random.nextInt(4) == 0) {
                    b.cause(cause, 0.5 + random.nextInt(5) / 10.0, random.nextBoolean(),
                            random.nextInt(5) == 0 ? "" : cause.name().toLowerCase() + " evidence " + random.nextInt(9));
                }
            }
            customers.add(b.build());
        }
        return customers;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static Double maybe(Random random, Double... values) {
        return random.nextInt(5) == 0 ? null : pick(random, values);
    }
}
