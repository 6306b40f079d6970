package retention.rules.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import retention.rules.validate.FactDomains.Domain;
import retention.rules.validate.FactDomains.Type;

/**
 * Reads one constraint of a rule's pattern, such as {@code stage == Stage.CHURNED && recencyDays > 90}, into
 * simple tests. Parts joined by {@code &&} are read one by one; anything with {@code ||} is one unknown test.
 */
final class AtomParser {

    private static final Pattern BINDING = Pattern.compile("^\\$\\w+\\s*:(?!=)\\s*");
    private static final Pattern HELPER = Pattern.compile(
            "^(hasCause|hasDirectCause|canReach)\\s*\\(\\s*(?:(?:ChurnCause|Channel)\\s*\\.\\s*)?([A-Z_]+)\\s*\\)$");
    private static final Pattern NAME = Pattern.compile("^[a-z]\\w*$");
    private static final Pattern COMPARISON = Pattern.compile("^([\\w.\"-]+)\\s*(==|!=|<=|>=|<|>)\\s*([\\w.\"-]+)$");
    private static final Pattern IN = Pattern.compile("^(\\w+)\\s+(not\\s+)?in\\s*\\((.*)\\)$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?[dDfFlLbBiI]?$");
    private static final Pattern CONSTANT = Pattern.compile("^(?:[A-Z]\\w*\\.)?([A-Z][A-Z0-9_]*)$");
    private static final Pattern TEXT = Pattern.compile("^\"([^\"\\\\]*)\"$");

    private AtomParser() {
    }

    /** The tests of one constraint expression that starts at {@code offset} in the DRL text. */
    static List<Atom> parse(String expression, int offset) {
        List<Atom> atoms = new ArrayList<>();
        List<int[]> parts = Splitter.topLevel(expression, "&&");
        if (parts == null || !Splitter.topLevelFree(expression, "||")) {
            atoms.add(Atom.unknown(expression.trim(), offset + leading(expression)));
            return atoms;
        }
        for (int[] part : parts) {
            String raw = expression.substring(part[0], part[1]);
            atoms.add(one(raw.trim(), offset + part[0] + leading(raw)));
        }
        return atoms;
    }

    private static Atom one(String text, int offset) {
        Matcher binding = BINDING.matcher(text);
        if (binding.find()) {
            Atom inner = one(text.substring(binding.end()), offset + binding.end());
            return inner;
        }
        if (text.startsWith("(") && text.endsWith(")") && Splitter.enclosed(text)) {
            List<Atom> inner = parse(text.substring(1, text.length() - 1), offset + 1);
            return inner.size() == 1 ? inner.get(0) : Atom.unknown(text, offset);
        }
        if (text.startsWith("!") && !text.startsWith("!=")) {
            Atom inner = one(text.substring(1).trim(), offset);
            return inner.flag() != null ? Atom.flag(text, offset, inner.fact(), !inner.flag()) : Atom.unknown(text, offset);
        }
        Matcher helper = HELPER.matcher(text);
        if (helper.matches()) {
            return Atom.flag(text, offset, helper.group(1) + "(" + helper.group(2) + ")", true);
        }
        if (NAME.matcher(text).matches()) {
            return FactDomains.of(text).filter(d -> d.type() == Type.FLAG).map(d -> Atom.flag(text, offset, text, true))
                    .orElse(Atom.unknown(text, offset));
        }
        Matcher in = IN.matcher(text);
        if (in.matches()) {
            return in(text, offset, in);
        }
        Matcher comparison = COMPARISON.matcher(text);
        if (comparison.matches()) {
            return comparison(text, offset, comparison.group(1), comparison.group(2), comparison.group(3));
        }
        return Atom.unknown(text, offset);
    }

    private static Atom comparison(String text, int offset, String left, String op, String right) {
        if (FactDomains.of(left).isEmpty() && FactDomains.of(right).isPresent()) {
            return comparison(text, offset, right, flip(op), left);
        }
        Domain domain = FactDomains.of(left).orElse(null);
        if (domain == null) {
            return Atom.unknown(text, offset);
        }
        switch (domain.type()) {
            case WHOLE, REAL -> {
                if (NUMBER.matcher(right).matches() && !op.equals("!=")) {
                    double value = Double.parseDouble(right.replaceAll("[dDfFlLbBiI]$", ""));
                    return Atom.range(text, offset, left, Interval.of(op, value));
                }
            }
            case FLAG -> {
                if ((right.equals("true") || right.equals("false")) && (op.equals("==") || op.equals("!="))) {
                    return Atom.flag(text, offset, left, right.equals("true") == op.equals("=="));
                }
            }
            case CHOICE -> {
                Matcher constant = CONSTANT.matcher(right);
                if (constant.matches() && (op.equals("==") || op.equals("!="))) {
                    return choices(text, offset, left, domain, Set.of(constant.group(1)), op.equals("!="));
                }
            }
            case TEXT -> {
                Matcher literal = TEXT.matcher(right);
                if (literal.matches() && op.equals("==")) {
                    return Atom.choices(text, offset, left, Set.of(literal.group(1)));
                }
            }
            default -> {
            }
        }
        return Atom.unknown(text, offset);
    }

    private static Atom in(String text, int offset, Matcher in) {
        Domain domain = FactDomains.of(in.group(1)).orElse(null);
        boolean negated = in.group(2) != null;
        if (domain == null || domain.type() != Type.CHOICE && (domain.type() != Type.TEXT || negated)) {
            return Atom.unknown(text, offset);
        }
        Set<String> values = new HashSet<>();
        for (String item : in.group(3).split(",")) {
            Matcher value = (domain.type() == Type.CHOICE ? CONSTANT : TEXT).matcher(item.trim());
            if (!value.matches()) {
                return Atom.unknown(text, offset);
            }
            values.add(value.group(1));
        }
        return domain.type() == Type.TEXT ? Atom.choices(text, offset, in.group(1), values)
                : choices(text, offset, in.group(1), domain, values, negated);
    }

    private static Atom choices(String text, int offset, String fact, Domain domain, Set<String> values,
            boolean negated) {
        Set<String> allowed = new HashSet<>(negated ? domain.choices() : values);
        if (negated) {
            allowed.removeAll(values);
        }
        return Atom.choices(text, offset, fact, allowed);
    }

    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case ">" -> "<";
            case "<=" -> ">=";
            case ">=" -> "<=";
            default -> op;
        };
    }

    private static int leading(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
