package retention.rules.sandbox;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;

/**
 * Checks a rule's conditions: only {@code CustomerProfile(...)} patterns, combined with and, or, not and exists;
 * no other source of facts; one customer at a time; every constraint and eval through {@link CodeChecker}.
 */
final class ConditionChecker {

    static final Set<String> CUSTOMER = Set.of("CustomerProfile", Vocabulary.FACTS_PACKAGE + ".CustomerProfile");
    private static final Pattern BINDING = Pattern.compile("^\\s*([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*:(?!=)");

    private final Findings findings;
    private boolean joinReported;

    ConditionChecker(Findings findings) {
        this.findings = findings;
    }

    /** The names the conditions bind ({@code $c}, {@code $r : recencyDays}); refuses capitalised names. */
    Set<String> bindings(AndDescr lhs) {
        Set<String> names = new HashSet<>();
        collect(lhs, names);
        return names;
    }

    private void collect(Object element, Set<String> names) {
        if (element instanceof PatternDescr pattern) {
            if (pattern.getIdentifier() != null) {
                bind(pattern, pattern.getIdentifier(), names);
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                Matcher binding = constraint instanceof ExprConstraintDescr e ? BINDING.matcher(e.getExpression()) : null;
                if (binding != null && binding.find()) {
                    bind(constraint, binding.group(1), names);
                }
            }
        }
        else if (element instanceof ConditionalElementDescr group) {
            group.getDescrs().forEach(child -> collect(child, names));
        }
    }

    private void bind(BaseDescr where, String name, Set<String> names) {
        // A capitalised name is always one of the allowed types, never a variable that hides a class.
        if (Character.isUpperCase(name.charAt(0)) || Vocabulary.ENGINE.contains(name)) {
            findings.at(where, "'" + name + "' cannot name a binding; use a name such as $c");
        }
        else {
            names.add(name);
        }
    }

    void check(AndDescr lhs, Set<String> bound) {
        walk(lhs, bound);
        customers(lhs);
    }

    private void walk(Object element, Set<String> bound) {
        if (element instanceof PatternDescr pattern) {
            pattern(pattern, bound);
        }
        else if (element instanceof EvalDescr eval) {
            String code = String.valueOf(eval.getContent());
            int offset = findings.source().find(code, -1, eval.getStartCharacter());
            CodeChecker.check(new Snippet(code, offset, eval.getLine(), eval.getColumn() + 1),
                    CodeChecker.Mode.CONDITION, bound, findings);
        }
        else if (element instanceof AndDescr || element instanceof OrDescr || element instanceof NotDescr
                || element instanceof ExistsDescr) {
            ((ConditionalElementDescr) element).getDescrs().forEach(child -> walk(child, bound));
        }
        else if (element instanceof ForallDescr forall) {
            findings.at(forall, "'forall' is not allowed; a rule may match one customer at a time");
        }
        else if (element instanceof NamedConsequenceDescr named) {
            findings.at(named, "'" + (named.isBreaking() ? "break" : "do") + "[" + named.getName()
                    + "]' is not allowed; a rule has one 'then'");
        }
        else if (element instanceof ConditionalBranchDescr branch) {
            findings.at(branch, "'if (...) do[...]' is not allowed; a rule has one 'then'");
        }
        else if (element instanceof BaseDescr other) {
            findings.at(other, "this kind of condition (" + other.getClass().getSimpleName() + ") is not allowed");
        }
    }

    private void pattern(PatternDescr pattern, Set<String> bound) {
        if (!CUSTOMER.contains(pattern.getObjectType())) {
            findings.at(pattern, "conditions may only match CustomerProfile facts, not '" + pattern.getObjectType() + "'");
        }
        if (pattern.getSource() != null) {
            source(pattern, pattern.getSource());
        }
        if (!pattern.getBehaviors().isEmpty()) {
            findings.at(pattern, "sliding windows ('over window:...') are not allowed");
        }
        DrlChecker.annotations(pattern.getAnnotations(), pattern, findings);
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                String code = expression.getExpression();
                int offset = findings.source().find(code, expression.getStartCharacter(), pattern.getStartCharacter());
                CodeChecker.check(new Snippet(code, offset, expression.getLine(), expression.getColumn() + 1),
                        CodeChecker.Mode.CONDITION, bound, findings);
            }
            else {
                findings.at(constraint, "this kind of constraint (" + constraint.getClass().getSimpleName()
                        + ") is not allowed");
            }
        }
    }

    private void source(PatternDescr pattern, PatternSourceDescr source) {
        String what = source instanceof AccumulateDescr ? "accumulate" : source instanceof CollectDescr ? "collect"
                : source instanceof EntryPointDescr ? "from entry-point" : "from";
        BaseDescr where = source.getLine() > 0 ? source : pattern;
        findings.at(where, "'" + what + "' is not allowed; conditions may only match the customer facts, "
                + "one customer at a time");
    }

    /**
     * How many customers the element matches at once: patterns add up under and/not/exists, an or takes its
     * largest branch. A second customer pattern would compare every customer with every other one in the chunk.
     */
    private int customers(Object element) {
        if (element instanceof PatternDescr) {
            return 1;
        }
        if (element instanceof OrDescr or) {
            return or.getDescrs().stream().mapToInt(this::customers).max().orElse(0);
        }
        if (!(element instanceof ConditionalElementDescr group)) {
            return 0;
        }
        int total = 0;
        for (Object child : group.getDescrs()) {
            int before = total;
            total += customers(child);
            if (before >= 1 && total > before && !joinReported) {
                joinReported = true;
                findings.at(firstPattern(child), "a rule may match one customer at a time; this second "
                        + "CustomerProfile pattern would compare every customer with every other one");
            }
        }
        return total;
    }

    private static BaseDescr firstPattern(Object element) {
        if (element instanceof ConditionalElementDescr group && !group.getDescrs().isEmpty()) {
            return firstPattern(group.getDescrs().get(0));
        }
        return (BaseDescr) element;
    }
}
