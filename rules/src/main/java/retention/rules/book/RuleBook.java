package retention.rules.book;

import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

import retention.rules.facts.CustomerProfile;

/**
 * One compiled version of the rule book. Compiled once and shared by all threads: {@link #evaluate} runs a
 * stateless session over a chunk of customers, because a call has a fixed cost of about 13 µs (kie PR #5557)
 * that one call per customer would pay a million times a night.
 */
public final class RuleBook {

    /** A rule that fires more often than this per customer is looping; the chunk fails naming it. */
    private static final int MAX_FIRINGS_PER_CUSTOMER = 100;

    private final KieBase kieBase;
    private final String contentHash;
    private final List<RuleFile> files;
    private final Map<String, String> ruleFiles;
    private final ActionCatalogue catalogue;
    private final Map<String, RuleConditions> conditions;

    RuleBook(KieBase kieBase, String contentHash, List<RuleFile> files, Map<String, String> ruleFiles,
            ActionCatalogue catalogue, Map<String, RuleConditions> conditions) {
        this.kieBase = kieBase;
        this.contentHash = contentHash;
        this.files = List.copyOf(files);
        this.ruleFiles = Collections.unmodifiableMap(new LinkedHashMap<>(ruleFiles));
        this.catalogue = catalogue;
        this.conditions = Map.copyOf(conditions);
    }

    /**
     * Evaluates every rule against each customer of the chunk and returns what the rules proposed, in firing
     * order. Customers are independent facts: a rule sees one customer at a time.
     *
     * @throws RuleBookException when a rule keeps firing (a loop), naming the rule
     */
    public List<Proposal> evaluate(List<CustomerProfile> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        ProposalCollector collector = new ProposalCollector(conditions);
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.addEventListener(collector);
        int limit = customers.size() * MAX_FIRINGS_PER_CUSTOMER;
        List<Command<?>> commands = List.of(CommandFactory.newInsertElements(customers),
                CommandFactory.newFireAllRules(limit));
        collector.open();
        try {
            session.execute(CommandFactory.newBatchExecution(commands));
            if (collector.fired() >= limit) {
                throw new RuleBookException("A rule keeps firing", List.of(new Problem(fileOf(collector.lastRule()),
                        0, 0, "rule \"" + collector.lastRule() + "\" fired more than " + MAX_FIRINGS_PER_CUSTOMER
                                + " times for one customer; it must not change its facts")));
            }
        }
        finally {
            collector.close();
        }
        return collector.proposals();
    }

    /** Evaluates a single customer; for previews and tests, not for the nightly run. */
    public List<Proposal> evaluate(CustomerProfile customer) {
        return evaluate(List.of(customer));
    }

    /** The SHA-256 of the files, in hex: a version's identity. */
    public String contentHash() {
        return contentHash;
    }

    /** The short form of the content hash shown to people, like a Git commit. */
    public String shortHash() {
        return contentHash.substring(0, 12);
    }

    public List<RuleFile> files() {
        return files;
    }

    /** Every rule's name, in file order. */
    public List<String> ruleNames() {
        return List.copyOf(ruleFiles.keySet());
    }

    /** The file that holds a rule, relative to the rule book folder. */
    public String fileOf(String ruleName) {
        return ruleFiles.getOrDefault(ruleName, "rule book");
    }

    public ActionCatalogue catalogue() {
        return catalogue;
    }

    /** The customer facts a rule's conditions test, by field name. */
    public Set<String> testedFields(String ruleName) {
        return conditions.getOrDefault(ruleName, RuleConditions.NONE).fields();
    }
}
