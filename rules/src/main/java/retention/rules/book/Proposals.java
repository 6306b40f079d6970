package retention.rules.book;

import retention.rules.facts.CustomerProfile;

/**
 * The helper API rules call. Import it in a rule file with
 * {@code import function retention.rules.book.Proposals.propose;}.
 */
public final class Proposals {

    private Proposals() {
    }

    /**
     * Proposes an action for a customer, on the customer's preferred channel unless {@code via(...)} says
     * otherwise. Only valid inside a rule's consequence.
     */
    public static ProposalBuilder propose(CustomerProfile customer, String actionCode) {
        return ProposalCollector.current().add(customer, actionCode);
    }
}
