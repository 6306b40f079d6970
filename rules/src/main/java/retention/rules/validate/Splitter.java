package retention.rules.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds operators outside brackets and quotes in a piece of rule code.
 */
final class Splitter {

    private Splitter() {
    }

    /** The [start, end) ranges between top-level occurrences of {@code operator}; null when brackets do not match. */
    static List<int[]> topLevel(String text, String operator) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = closingQuote(text, i);
            }
            else if (c == '(' || c == '[' || c == '{') {
                depth++;
            }
            else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            else if (depth == 0 && text.startsWith(operator, i)) {
                parts.add(new int[] { start, i });
                start = i + operator.length();
                i = start - 1;
            }
        }
        if (depth != 0) {
            return null;
        }
        parts.add(new int[] { start, text.length() });
        return parts;
    }

    static boolean topLevelFree(String text, String operator) {
        List<int[]> parts = topLevel(text, operator);
        return parts != null && parts.size() == 1;
    }

    /** Whether the opening bracket at 0 closes at the last character. */
    static boolean enclosed(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = closingQuote(text, i);
            }
            else if (c == '(') {
                depth++;
            }
            else if (c == ')' && --depth == 0) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    private static int closingQuote(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            }
            else if (text.charAt(i) == '"') {
                return i;
            }
        }
        return text.length();
    }
}
