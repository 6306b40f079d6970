package retention.rules.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

import retention.rules.book.RuleFile;

/**
 * Reads every rule of a rule book into a {@link RuleModel}: the tests of its customer pattern and the proposals
 * of its consequence. Only a rule made of one {@code CustomerProfile(...)} pattern is read exactly; anything else
 * in its conditions (not, exists, or, eval, other patterns) is an unknown test, from which nothing is concluded.
 */
final class RuleModels {

    private static final Pattern PROPOSE = Pattern.compile(
            "propose\\s*\\(\\s*\\$?\\w+\\s*,\\s*\"([^\"]*)\"\\s*\\)((?:\\s*\\.\\s*\\w+\\s*\\((?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\")*\\))*)");
    private static final Pattern CALL = Pattern.compile(
            "\\.\\s*(\\w+)\\s*\\(\\s*((?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\")*?)\\s*\\)");
    private static final Pattern QUOTED = Pattern.compile("^\"([^\"\\\\]*)\"$");
    private static final Pattern CHANNEL = Pattern.compile("^(?:Channel\\s*\\.\\s*)?([A-Z]+)$");
    private static final Pattern CONDITIONAL = Pattern.compile("\\bif\\s*\\(|\\?");
    // A decision table writes "var proposal = propose(...);" and then "proposal.offer(...);" per filled cell.
    private static final Pattern ASSIGNED = Pattern.compile("\\b(\\w+)\\s*=\\s*$");
    private static final String CHAIN = "((?:\\s*\\.\\s*\\w+\\s*\\((?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\")*\\))+)";

    private RuleModels() {
    }

    static List<RuleModel> read(List<RuleFile> files) {
        List<RuleModel> rules = new ArrayList<>();
        for (RuleFile file : files) {
            RuleSource source = RuleSource.of(file);
            if (source != null) {
                source.rules().forEach(rule -> rules.add(model(source, rule)));
            }
        }
        return rules;
    }

    private static RuleModel model(RuleSource source, RuleDescr rule) {
        Space space = new Space();
        Atom contradiction = null;
        String why = null;
        for (Atom atom : atoms(source, rule, space)) {
            var found = space.add(atom);
            if (found.isPresent()) {
                contradiction = atom;
                why = found.get();
                break;
            }
        }
        return new RuleModel(source, rule, salience(rule), space, contradiction, why, proposals(source, rule));
    }

    private static List<Atom> atoms(RuleSource source, RuleDescr rule, Space space) {
        List<Atom> atoms = new ArrayList<>();
        AndDescr and = rule.getLhs();
        if (and == null) {
            space.unknown();
            return atoms;
        }
        boolean customerSeen = false;
        for (BaseDescr element : and.getDescrs()) {
            if (element instanceof PatternDescr pattern && !customerSeen && pattern.getSource() == null
                    && "CustomerProfile".equals(pattern.getObjectType())) {
                customerSeen = true;
                int from = Math.max(pattern.getStartCharacter(), 0);
                for (BaseDescr constraint : pattern.getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expression) {
                        int at = offset(source.drl(), expression, from);
                        atoms.addAll(AtomParser.parse(expression.getExpression(), at));
                        from = at + expression.getExpression().length();
                    }
                    else {
                        space.unknown();
                    }
                }
            }
            else {
                space.unknown();
            }
        }
        return atoms;
    }

    private static int offset(String drl, ExprConstraintDescr expression, int from) {
        String text = expression.getExpression();
        int start = expression.getStartCharacter();
        if (start >= 0 && drl.startsWith(text, start)) {
            return start;
        }
        int found = drl.indexOf(text, from);
        return found >= 0 ? found : from;
    }

    private static int salience(RuleDescr rule) {
        AttributeDescr salience = rule.getAttributes().get("salience");
        if (salience == null || salience.getValue() == null) {
            return 0;
        }
        try {
            return Integer.parseInt(salience.getValue().replaceAll("[()\\s]", ""));
        }
        catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static List<ProposalCall> proposals(RuleSource source, RuleDescr rule) {
        if (!(rule.getConsequence() instanceof String code) || code.isBlank()) {
            return List.of();
        }
        String drl = source.drl();
        int base = drl.indexOf(code, Math.max(rule.getStartCharacter(), 0));
        boolean conditional = CONDITIONAL.matcher(code.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")).find();
        List<ProposalCall> calls = new ArrayList<>();
        Matcher propose = PROPOSE.matcher(code);
        while (propose.find()) {
            calls.add(call(code, propose, base < 0 ? 0 : base, conditional));
        }
        return calls;
    }

    private static ProposalCall call(String code, Matcher propose, int base, boolean conditional) {
        String channel = null;
        String template = null;
        int templateOffset = -1;
        boolean templateKnown = true;
        String offer = null;
        String group = null;
        List<int[]> chains = new ArrayList<>();
        chains.add(new int[] { propose.start(2), propose.end(2) });
        Matcher assigned = ASSIGNED.matcher(code.substring(0, propose.start()));
        if (assigned.find()) {
            Matcher later = Pattern.compile("\\b" + Pattern.quote(assigned.group(1)) + CHAIN).matcher(code);
            later.region(propose.end(), code.length());
            while (later.find()) {
                chains.add(new int[] { later.start(1), later.end(1) });
            }
        }
        for (int[] chain : chains) {
            Matcher call = CALL.matcher(code).region(chain[0], chain[1]);
            while (call.find()) {
                String argument = call.group(2);
                Matcher quoted = QUOTED.matcher(argument);
                switch (call.group(1)) {
                    case "via" -> {
                        Matcher named = CHANNEL.matcher(argument);
                        channel = named.matches() ? named.group(1) : "?";
                    }
                    case "template" -> {
                        templateKnown = quoted.matches();
                        template = templateKnown ? quoted.group(1) : null;
                        templateOffset = base + call.start(2) + 1;
                    }
                    case "offer" -> offer = quoted.matches() ? quoted.group(1) : argument;
                    case "group" -> group = quoted.matches() ? quoted.group(1) : "?";
                    default -> {
                    }
                }
            }
        }
        return new ProposalCall(propose.group(1), base + propose.start(1), channel, template, templateOffset,
                templateKnown, offer, group, conditional);
    }
}
