package retention.rules.book;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

import retention.rules.facts.ChurnCause;
import retention.rules.facts.CustomerProfile;

/**
 * The customer facts a rule's conditions test, found by reading the rule's source once at load time. When the
 * rule fires, their values are read from the matched customer: that is the explanation stored with the action
 * ("stage = CHURNED; cause PRICE_SENSITIVE = 7 of 9 orders used a coupon").
 */
final class RuleConditions {

    static final RuleConditions NONE = new RuleConditions(Set.of(), Set.of());

    private static final Map<String, Method> ACCESSORS = Arrays.stream(CustomerProfile.class.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getAccessor));

    private static final Pattern IDENTIFIER = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\b");

    private static final Pattern CAUSE_TEST = Pattern.compile(
            "\\b(?:hasCause|hasDirectCause|evidenceFor|confidenceOf)\\s*\\(\\s*(?:ChurnCause\\s*\\.\\s*)?([A-Z_]+)\\s*\\)");

    private final Set<String> fields;
    private final Set<ChurnCause> causes;

    private RuleConditions(Set<String> fields, Set<ChurnCause> causes) {
        this.fields = fields;
        this.causes = causes;
    }

    /** Reads the conditions of every rule in a parsed rule file, by rule name. */
    static Map<String, RuleConditions> of(PackageDescr file) {
        Map<String, RuleConditions> byRule = new LinkedHashMap<>();
        for (RuleDescr rule : file.getRules()) {
            StringBuilder text = new StringBuilder();
            collect(rule.getLhs(), text);
            byRule.put(rule.getName(), parse(text.toString()));
        }
        return byRule;
    }

    static RuleConditions parse(String conditionText) {
        Set<ChurnCause> causes = new LinkedHashSet<>();
        Matcher cause = CAUSE_TEST.matcher(conditionText);
        while (cause.find()) {
            Arrays.stream(ChurnCause.values()).filter(c -> c.name().equals(cause.group(1))).forEach(causes::add);
        }
        Set<String> fields = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(conditionText);
        while (identifier.find()) {
            if (ACCESSORS.containsKey(identifier.group(1)) && !identifier.group(1).equals("causes")) {
                fields.add(identifier.group(1));
            }
        }
        return new RuleConditions(fields, causes);
    }

    private static void collect(BaseDescr descr, StringBuilder text) {
        if (descr instanceof PatternDescr pattern) {
            pattern.getDescrs().forEach(d -> collect(d, text));
        }
        else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(d -> collect((BaseDescr) d, text));
        }
        else if (descr instanceof ExprConstraintDescr constraint) {
            text.append(constraint.getExpression()).append('\n');
        }
        else if (descr instanceof EvalDescr eval) {
            text.append(eval.getContent()).append('\n');
        }
    }

    /** The tested facts' values for one customer, in the order the rule names them. */
    Map<String, String> explain(CustomerProfile customer) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            values.put(field, String.valueOf(read(field, customer)));
        }
        for (ChurnCause cause : causes) {
            String evidence = customer.evidenceFor(cause);
            values.put("cause " + cause.name(), evidence.isEmpty() ? "absent" : evidence);
        }
        return values;
    }

    Set<String> fields() {
        return fields;
    }

    private static Object read(String field, CustomerProfile customer) {
        try {
            return ACCESSORS.get(field).invoke(customer);
        }
        catch (IllegalAccessException | InvocationTargetException ex) {
            throw new IllegalStateException("cannot read " + field, ex);
        }
    }

    static Map<String, RuleConditions> merge(List<Map<String, RuleConditions>> perFile) {
        return perFile.stream().flatMap(m -> m.entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
