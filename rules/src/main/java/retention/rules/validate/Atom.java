package retention.rules.validate;

import java.util.Set;

/**
 * One simple test a rule's condition makes on a customer fact, as written, with where it stands in the DRL. A
 * test that is not one of the simple forms (arithmetic, two facts compared, method calls) is kept as unknown:
 * it may or may not hold, and no conclusion is drawn from it.
 *
 * @param text the test as written, such as {@code recencyDays > 90}
 * @param offset where it starts in the DRL text
 * @param fact the fact tested; null when unknown
 * @param range the numbers allowed, for a number fact
 * @param choices the values allowed, for an enum or text fact
 * @param flag the value required, for a yes/no fact
 */
record Atom(String text, int offset, String fact, Interval range, Set<String> choices, Boolean flag) {

    static Atom unknown(String text, int offset) {
        return new Atom(text, offset, null, null, null, null);
    }

    static Atom range(String text, int offset, String fact, Interval range) {
        return new Atom(text, offset, fact, range, null, null);
    }

    static Atom choices(String text, int offset, String fact, Set<String> choices) {
        return new Atom(text, offset, fact, null, Set.copyOf(choices), null);
    }

    static Atom flag(String text, int offset, String fact, boolean value) {
        return new Atom(text, offset, fact, null, null, value);
    }

    boolean known() {
        return fact != null;
    }

    /** The last word or number of the test, which is what a decision table cell holds. */
    String valueText() {
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("([\\w.-]+)\\W*$").matcher(text);
        return word.find() ? word.group(1).replaceAll("^.*\\.", "") : text;
    }
}
