package retention.rules.sandbox;

import java.util.Set;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AttributeDescr;

/**
 * Checks rule attributes. A rule's priority is its salience, a plain number; which proposals go ahead is
 * decided by the arbitration afterwards, where every loser is recorded. Agenda control (groups, focus,
 * activation groups) would silently cancel rules instead, so it is refused; so are timers, which make no sense
 * in a nightly run, and expressions where Drools would evaluate code.
 */
final class RuleAttributes {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\(?\\s*-?\\d{1,9}\\s*\\)?");
    private static final Pattern TRUE_OR_FALSE = Pattern.compile("\\(?\\s*(true|false)\\s*\\)?");
    private static final Set<String> HARMLESS = Set.of("no-loop", "date-effective", "date-expires");
    private static final Set<String> AGENDA = Set.of("agenda-group", "ruleflow-group", "activation-group",
            "auto-focus", "lock-on-active");
    private static final Set<String> TIMING = Set.of("timer", "duration", "calendars");

    private RuleAttributes() {
    }

    static void check(AttributeDescr attribute, Findings findings) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
        String problem = problem(name, value);
        if (problem == null) {
            return;
        }
        int keywordAt = attribute.getStartCharacter() < 0 ? -1
                : findings.source().text().lastIndexOf(name, attribute.getStartCharacter());
        if (keywordAt >= 0) {
            findings.atOffset(keywordAt, problem);
        }
        else {
            findings.at(attribute, problem);
        }
    }

    private static String problem(String name, String value) {
        if (HARMLESS.contains(name)) {
            return null;
        }
        if (name.equals("salience")) {
            return WHOLE_NUMBER.matcher(value).matches() ? null
                    : "salience must be a whole number, such as 'salience 10', not an expression ('" + value + "')";
        }
        if (name.equals("enabled")) {
            return TRUE_OR_FALSE.matcher(value).matches() ? null
                    : "enabled must be true or false, not an expression ('" + value + "')";
        }
        if (name.equals("dialect")) {
            return value.equals("java") ? null : "dialect \"" + value + "\" is not allowed; rules are written in "
                    + "the Java dialect, the only one the sandbox checks";
        }
        if (AGENDA.contains(name)) {
            return "'" + name + "' is not allowed; a rule's priority is its salience number, and the arbitration "
                    + "decides between proposals";
        }
        if (TIMING.contains(name)) {
            return "'" + name + "' is not allowed; rules run once a night on the customer facts";
        }
        return "rule attribute '" + name + "' is not allowed";
    }
}
