package retention.rules.validate;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import retention.rules.facts.CustomerProfile;

/**
 * What values each customer fact can take, as the product computes it (docs/facts.md): counts and day spans are
 * whole numbers from 0, scores 0-5, NPS 0-10, shares and probabilities 0-1. A condition outside these ranges can
 * never hold. The helpers {@code hasCause(X)}, {@code hasDirectCause(X)} and {@code canReach(X)} are read as
 * yes/no facts of their own.
 */
final class FactDomains {

    enum Type {
        WHOLE, REAL, CHOICE, TEXT, FLAG
    }

    /**
     * @param type what kind of value
     * @param range the possible numbers (numbers only)
     * @param choices the possible values (enums only)
     */
    record Domain(Type type, Interval range, Set<String> choices) {
    }

    private static final Interval FROM_ZERO = new Interval(0, false, Double.POSITIVE_INFINITY, true);
    private static final Interval SHARE = new Interval(0, false, 1, false);
    private static final Map<String, Interval> RANGES = Map.ofEntries(
            Map.entry("rScore", new Interval(0, false, 5, false)), Map.entry("fScore", new Interval(0, false, 5, false)),
            Map.entry("mScore", new Interval(0, false, 5, false)), Map.entry("lastNps", new Interval(0, false, 10, false)),
            Map.entry("couponShare", SHARE), Map.entry("pAlive", SHARE), Map.entry("frequencyTrend", FROM_ZERO),
            Map.entry("aovTrend", FROM_ZERO), Map.entry("inquiryTrend", FROM_ZERO),
            Map.entry("expectedPurchases90d", FROM_ZERO));
    private static final Pattern HELPER = Pattern.compile("(hasCause|hasDirectCause|canReach)\\(([A-Z_]+)\\)");
    private static final Map<String, Domain> FACTS = facts();

    private FactDomains() {
    }

    static Optional<Domain> of(String fact) {
        if (HELPER.matcher(fact).matches()) {
            return Optional.of(new Domain(Type.FLAG, null, null));
        }
        return Optional.ofNullable(FACTS.get(fact));
    }

    /** For a helper flag such as {@code hasCause(PRICE_SENSITIVE)}: the helper's name and its argument. */
    static Optional<String[]> helper(String fact) {
        Matcher m = HELPER.matcher(fact);
        return m.matches() ? Optional.of(new String[] { m.group(1), m.group(2) }) : Optional.empty();
    }

    private static Map<String, Domain> facts() {
        Map<String, Domain> facts = new java.util.HashMap<>();
        for (RecordComponent c : CustomerProfile.class.getRecordComponents()) {
            Class<?> type = c.getType();
            Domain domain;
            if (type == int.class || type == Integer.class || type == long.class) {
                domain = new Domain(Type.WHOLE, RANGES.getOrDefault(c.getName(), FROM_ZERO), null);
            }
            else if (type == double.class || type == Double.class) {
                domain = new Domain(Type.REAL, RANGES.getOrDefault(c.getName(), Interval.ALL), null);
            }
            else if (type == BigDecimal.class) {
                // Net spend can be negative after refunds: no natural bound.
                domain = new Domain(Type.REAL, Interval.ALL, null);
            }
            else if (type == boolean.class) {
                domain = new Domain(Type.FLAG, null, null);
            }
            else if (type.isEnum()) {
                Set<String> choices = new LinkedHashSet<>();
                Arrays.stream(type.getEnumConstants()).forEach(e -> choices.add(((Enum<?>) e).name()));
                domain = new Domain(Type.CHOICE, null, Set.copyOf(choices));
            }
            else if (type == String.class) {
                domain = new Domain(Type.TEXT, null, null);
            }
            else {
                continue;
            }
            facts.put(c.getName(), domain);
        }
        return Map.copyOf(facts);
    }
}
