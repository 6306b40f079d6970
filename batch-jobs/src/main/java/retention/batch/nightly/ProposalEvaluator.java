package retention.batch.nightly;

import java.util.List;

import retention.rules.book.Proposal;
import retention.rules.facts.CustomerProfile;

/**
 * Turns a chunk of customers' facts into the rules' proposals. The nightly job uses the pinned rule book; a bean of
 * this type replaces it, which only the benchmark does, to measure what the rule engine costs against hand-written
 * Java that makes the same decisions.
 */
@FunctionalInterface
public interface ProposalEvaluator {

    List<Proposal> evaluate(List<CustomerProfile> customers);
}
