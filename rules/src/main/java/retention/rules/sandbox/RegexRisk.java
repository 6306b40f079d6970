package retention.rules.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Spots the regular expressions that take exponential time on some texts: a repeated group that itself
 * repeats or offers alternatives, such as {@code (a+)+} or {@code (a|aa)*}. A {@code matches} condition runs on
 * every customer of every night; one such pattern on a long text can stall the whole run.
 */
final class RegexRisk {

    private RegexRisk() {
    }

    /** Whether the pattern repeats a group that contains a repetition or an alternative. */
    static boolean nestedRepetition(String regex) {
        Deque<boolean[]> groups = new ArrayDeque<>(); // per open group: {contains a repetition or '|'}
        boolean lastGroupRisky = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean closedRisky = false;
            if (c == '\\') {
                i++;
            }
            else if (c == '[') {
                i = classEnd(regex, i);
            }
            else if (c == '(') {
                groups.push(new boolean[] {false});
            }
            else if (c == ')' && !groups.isEmpty()) {
                closedRisky = groups.pop()[0];
                markRisky(groups, closedRisky);
            }
            else if (c == '|' || isRepetition(c)) {
                if (isRepetition(c) && lastGroupRisky) {
                    return true;
                }
                markRisky(groups, true);
            }
            lastGroupRisky = closedRisky;
        }
        return false;
    }

    private static boolean isRepetition(char c) {
        return c == '*' || c == '+' || c == '{';
    }

    private static void markRisky(Deque<boolean[]> groups, boolean risky) {
        if (risky && !groups.isEmpty()) {
            groups.peek()[0] = true;
        }
    }

    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            if (regex.charAt(i) == '\\') {
                i++;
            }
            i++;
        }
        return i;
    }
}
