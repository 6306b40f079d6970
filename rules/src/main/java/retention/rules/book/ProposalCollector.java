package retention.rules.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

import retention.rules.facts.CustomerProfile;

/**
 * Collects the proposals made while one chunk of facts is evaluated on the current thread. The agenda listener
 * tells it which rule is firing, so a rule's {@code propose(...)} needs no reference to the engine: the rule
 * file stays a readable business sentence.
 */
final class ProposalCollector extends DefaultAgendaEventListener {

    private static final ThreadLocal<ProposalCollector> CURRENT = new ThreadLocal<>();

    private final Map<String, RuleConditions> conditions;
    private final List<Pending> pending = new ArrayList<>();
    private Match firing;
    private int fired;

    ProposalCollector(Map<String, RuleConditions> conditions) {
        this.conditions = conditions;
    }

    static ProposalCollector current() {
        ProposalCollector collector = CURRENT.get();
        if (collector == null) {
            throw new IllegalStateException("propose(...) can only be called from a rule while the rule book runs");
        }
        return collector;
    }

    void open() {
        CURRENT.set(this);
    }

    void close() {
        CURRENT.remove();
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
        fired++;
    }

    ProposalBuilder add(CustomerProfile customer, String actionCode) {
        ProposalBuilder builder = new ProposalBuilder(actionCode, customer.preferredChannel());
        pending.add(new Pending(customer, builder, firing.getRule().getName(), firing.getSalience()));
        return builder;
    }

    int fired() {
        return fired;
    }

    String lastRule() {
        return firing == null ? "?" : firing.getRule().getName();
    }

    List<Proposal> proposals() {
        List<Proposal> proposals = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            RuleConditions tested = conditions.getOrDefault(p.ruleName(), RuleConditions.NONE);
            proposals.add(new Proposal(p.customer().customerId(), p.builder().actionCode(), p.builder().channel(),
                    p.builder().offer(), p.builder().template(), p.builder().reason(), p.ruleName(), p.salience(),
                    tested.explain(p.customer()), p.builder().group(), p.builder().controlShare()));
        }
        return proposals;
    }

    private record Pending(CustomerProfile customer, ProposalBuilder builder, String ruleName, int salience) {
    }
}
