package retention.rules.sandbox;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks one rule: attributes, annotations, conditions ({@link ConditionChecker}) and the consequence, which
 * may use the bound customer and propose(...) only.
 */
final class RuleChecker {

    private final Findings findings;

    RuleChecker(Findings findings) {
        this.findings = findings;
    }

    void check(RuleDescr rule) {
        if (rule.isQuery()) {
            findings.at(rule, "queries are not allowed ('query " + rule.getName() + "'); the rule book holds only rules");
            return;
        }
        DrlChecker.annotations(rule.getAnnotations(), rule, findings);
        rule.getAttributes().values().forEach(attribute -> RuleAttributes.check(attribute, findings));
        Set<String> bound = Set.of();
        if (rule.getLhs() != null) {
            ConditionChecker conditions = new ConditionChecker(findings);
            bound = conditions.bindings(rule.getLhs());
            conditions.check(rule.getLhs(), bound);
        }
        consequence(rule, bound);
        rule.getNamedConsequences().keySet().forEach(name -> namedConsequence(rule, name));
    }

    private void consequence(RuleDescr rule, Set<String> bound) {
        if (rule.getConsequence() != null && !(rule.getConsequence() instanceof String)) {
            findings.at(rule, "this rule's consequence cannot be checked");
        }
        if (!(rule.getConsequence() instanceof String code) || code.isBlank()) {
            return;
        }
        // Drools keeps the line and column of 'then' and drops 'then' and the blank lines after it.
        SourceText source = findings.source();
        int then = source.offset(rule.getConsequenceLine(), rule.getConsequencePattern());
        int expected = -1;
        if (then >= 0 && source.text().startsWith("then", then)) {
            expected = then + 4;
            while (expected < source.text().length() && Character.isWhitespace(source.text().charAt(expected))) {
                expected++;
            }
        }
        int offset = source.find(code, expected, then);
        Snippet snippet = new Snippet(code, offset, rule.getConsequenceLine() + 1, 1);
        CodeChecker.check(snippet, CodeChecker.Mode.CONSEQUENCE, bound, findings);
    }

    private void namedConsequence(RuleDescr rule, String name) {
        String message = "named consequences ('then[" + name + "]') are not allowed; a rule has one 'then'";
        Matcher then = Pattern.compile("\\bthen\\s*\\[\\s*" + Pattern.quote(name) + "\\s*]")
                .matcher(findings.source().text());
        if (rule.getStartCharacter() >= 0 && then.find(rule.getStartCharacter())) {
            findings.atOffset(then.start(), message);
        }
        else {
            findings.at(rule, message);
        }
    }
}
