package retention.rules.book;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the compiler's messages into a line a business user can act on. Drools repeats the position, the
 * offending text and internal details; the useful part is usually one phrase.
 */
final class DroolsMessageText {

    private static final Pattern UNRESOLVED_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: \\S+\\.(\\w+)\\(\\)");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'");
    private static final Pattern POSITION = Pattern.compile("\\[[^\\]]*Line: \\d+, Column: \\d+[^\\]]*]");

    private DroolsMessageText() {
    }

    static String plain(String text) {
        Matcher field = UNRESOLVED_FIELD.matcher(text);
        if (field.find()) {
            java.util.List<String> near = retention.rules.facts.FactNames.nearestFacts(field.group(1));
            return "unknown fact '" + field.group(1) + "'" + (near.isEmpty()
                    ? ": see docs/facts.md for the facts a rule can use"
                    : retention.rules.facts.FactNames.didYouMean(near));
        }
        Matcher mismatched = MISMATCHED.matcher(text);
        if (mismatched.find()) {
            return "syntax error near '" + mismatched.group(1) + "': " + firstLine(POSITION.matcher(text).replaceAll(""));
        }
        return firstLine(POSITION.matcher(text).replaceAll(""));
    }

    private static String firstLine(String text) {
        for (String line : text.split("\r?\n")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty()) {
                return trimmed.length() > 300 ? trimmed.substring(0, 300) + "..." : trimmed;
            }
        }
        return "error";
    }
}
