package retention.rules.sandbox;

import java.util.List;

import retention.rules.sandbox.Token.Kind;

/**
 * Reads dotted names and call chains in a token list: where {@code java.lang.System.exit} ends, where
 * {@code Runtime.getRuntime().exec("x")} ends, and what a message should call them.
 */
final class TokenChains {

    private final List<Token> tokens;

    TokenChains(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The last token of a dotted name starting at {@code i}: {@code java.lang.System.exit}. */
    int nameEnd(int i) {
        int end = i;
        while (end + 2 < tokens.size() && tokens.get(end + 1).is(".") && tokens.get(end + 2).isIdentifier()) {
            end += 2;
        }
        return end;
    }

    /**
     * The end of the expression an offending name starts, with its calls and member accesses: one offence, one
     * message. A bracket that never closes is not skipped, so it is still reported.
     */
    int expressionEnd(int from) {
        int end = from;
        while (true) {
            if (end + 1 < tokens.size() && (tokens.get(end + 1).is("(") || tokens.get(end + 1).is("["))) {
                int close = matching(end + 1);
                if (close < 0) {
                    return end;
                }
                end = close;
            }
            else if (end + 2 < tokens.size() && tokens.get(end + 1).is(".")
                    && tokens.get(end + 2).kind() != Kind.OPERATOR) {
                end += 2;
            }
            else {
                return end;
            }
        }
    }

    private int matching(int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            }
            else if ((token.is(")") || token.is("]") || token.is("}")) && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** What to name in a message: a package-qualified name up to its class ({@code java.lang.System}). */
    String subject(int start, int end) {
        int last = start;
        while (last < end && !Character.isUpperCase(tokens.get(last).text().charAt(0))) {
            last += 2;
        }
        return joined(start, Math.min(last, end));
    }

    String joined(int start, int end) {
        StringBuilder text = new StringBuilder();
        for (int k = start; k <= end && k < tokens.size(); k++) {
            text.append(tokens.get(k).text());
        }
        return text.toString();
    }
}
