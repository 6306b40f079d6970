package retention.rules.sandbox;

/**
 * One token of rule code, with its place in the decoded text of its snippet.
 *
 * @param kind what sort of token it is
 * @param text the token as written (after unicode escapes are decoded)
 * @param start index of its first character in the decoded snippet
 */
record Token(Kind kind, String text, int start) {

    enum Kind {
        IDENTIFIER, KEYWORD, NUMBER, STRING, TEXT_BLOCK, OPERATOR, UNEXPECTED
    }

    boolean is(String operatorOrWord) {
        return text.equals(operatorOrWord) && kind != Kind.STRING && kind != Kind.TEXT_BLOCK;
    }

    boolean isIdentifier() {
        return kind == Kind.IDENTIFIER;
    }
}
