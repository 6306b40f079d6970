package retention.rules.validate;

import java.util.List;

import org.drools.drl.ast.descr.RuleDescr;

/**
 * What validation knows about one rule: where it is, its salience, the customers its conditions admit, the first
 * contradiction among them if any, and what it proposes.
 *
 * @param source the file
 * @param rule the parsed rule
 * @param salience its priority
 * @param space the customers it admits (before the contradiction, if any)
 * @param contradiction the test that leaves no customer, or null
 * @param why why that test leaves no customer, or null
 * @param proposals its propose(...) calls
 */
record RuleModel(RuleSource source, RuleDescr rule, int salience, Space space, Atom contradiction, String why,
        List<ProposalCall> proposals) {

    String name() {
        return rule.getName();
    }

    boolean canFire() {
        return contradiction == null;
    }

    /** {@code "name" (file:line)}. */
    String label() {
        return "\"" + name() + "\" (" + source.where(rule) + ")";
    }
}
