package retention.rules.facts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The names a rule can test on a customer, and the nearest ones to a misspelt name, so that a message can say
 * "did you mean recencyDays?" instead of only "unknown".
 */
public final class FactNames {

    private static final Set<String> FACTS = Stream.of(CustomerProfile.class.getRecordComponents())
            .map(c -> c.getName()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));

    private FactNames() {
    }

    /** Every fact of {@link CustomerProfile}, sorted. */
    public static Set<String> facts() {
        return FACTS;
    }

    /** The facts nearest to {@code name}, closest first, at most three; empty when none is close. */
    public static List<String> nearestFacts(String name) {
        return nearest(name, FACTS);
    }

    /**
     * The candidates nearest to {@code name} by edit distance, ignoring case, closest first, at most three. A
     * candidate counts as near when at most a third of its letters differ (at least 2), or when one name starts
     * with the other.
     */
    public static List<String> nearest(String name, Iterable<String> candidates) {
        String wanted = name.toLowerCase(Locale.ROOT);
        List<Scored> scored = new java.util.ArrayList<>();
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(wanted, lower);
            boolean prefix = wanted.length() >= 4 && (lower.startsWith(wanted) || wanted.startsWith(lower));
            if (distance <= Math.max(2, lower.length() / 3) || prefix) {
                scored.add(new Scored(candidate, prefix ? Math.min(distance, 2) : distance));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(3).map(Scored::name).toList();
    }

    /** " Did you mean a or b?" for a non-empty list, else an empty text. */
    public static String didYouMean(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String last = names.get(names.size() - 1);
        String head = String.join(", ", names.subList(0, names.size() - 1));
        return "; did you mean " + (head.isEmpty() ? last : head + " or " + last) + "?";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String name, int distance) {
    }
}
