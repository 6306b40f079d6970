package retention.rules.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import retention.rules.sandbox.Token.Kind;

/**
 * Splits decoded rule code into tokens by the Java rules (JLS 3), so that the sandbox sees exactly the
 * identifiers the compiler will see. Comments and whitespace are dropped; strings, comments and anything it
 * does not understand never hide characters the compiler would read as code: an unterminated string or comment
 * stops the lexer with an error.
 */
final class CodeLexer {

    static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "_");

    private static final String[] OPERATORS = {">>>=", "<<=", ">>=", ">>>", "...", "->", "::", "++", "--", "&&",
            "||", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>"};
    private static final String SINGLE_OPERATORS = "(){}[];,.@=><!~?:+-*/&|^%#";

    /**
     * Thrown when the code cannot be split safely; {@code at} is the index in the decoded text, {@code before}
     * the tokens up to there (still worth checking, for better messages).
     */
    static final class LexException extends RuntimeException {
        final int at;
        final transient List<Token> before;

        LexException(int at, String message, List<Token> before) {
            super(message, null, false, false);
            this.at = at;
            this.before = List.copyOf(before);
        }
    }

    private final String s;
    private int i;
    private final List<Token> tokens = new ArrayList<>();

    private CodeLexer(String decoded) {
        this.s = decoded;
    }

    static List<Token> tokens(String decoded) {
        CodeLexer lexer = new CodeLexer(decoded);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
                i++;
            }
            else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    i++;
                }
            }
            else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new LexException(start, "a comment that is never closed ('/*' without '*/')", tokens);
                }
                i = end + 2;
            }
            else if (s.startsWith("\"\"\"", i)) {
                quoted("\"\"\"", "a text block that is never closed");
                add(Kind.TEXT_BLOCK, start);
            }
            else if (c == '"' || c == '\'') {
                quoted(String.valueOf(c), "a text that is never closed (" + c + ")");
                add(Kind.STRING, start);
            }
            else if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                number();
                add(Kind.NUMBER, start);
            }
            else if (Character.isJavaIdentifierStart(s.codePointAt(i))) {
                while (i < s.length() && Character.isJavaIdentifierPart(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                add(KEYWORDS.contains(s.substring(start, i)) ? Kind.KEYWORD : Kind.IDENTIFIER, start);
            }
            else {
                operator();
            }
        }
    }

    /** A quoted literal: a line break before the closing quote is an error, as in Java. */
    private void quoted(String quote, String unclosed) {
        int start = i;
        i += quote.length();
        boolean block = quote.length() == 3;
        while (true) {
            if (i >= s.length() || !block && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
                throw new LexException(start, unclosed, tokens);
            }
            if (s.charAt(i) == '\\') {
                i += 2;
            }
            else if (s.startsWith(quote, i)) {
                i += quote.length();
                return;
            }
            else {
                i++;
            }
        }
    }

    private void number() {
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            i += 2;
            digits("0123456789abcdefABCDEF_.pP");
        }
        else if (s.startsWith("0b", i) || s.startsWith("0B", i)) {
            i += 2;
            digits("01_");
        }
        else {
            digits("0123456789_");
            if (i < s.length() && s.charAt(i) == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                i++;
                digits("0123456789_");
            }
            else if (i < s.length() && s.charAt(i) == '.' && !startsIdentifier(i + 1) && !s.startsWith("..", i)) {
                i++;
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                digits("0123456789_");
            }
        }
        // Java suffixes, and MVEL's B (BigDecimal) and I (BigInteger)
        if (i < s.length() && "lLfFdDbBiI".indexOf(s.charAt(i)) >= 0 && !startsIdentifierPart(i + 1)) {
            i++;
        }
    }

    private boolean startsIdentifier(int at) {
        return at < s.length() && Character.isJavaIdentifierStart(s.codePointAt(at));
    }

    private boolean startsIdentifierPart(int at) {
        return at < s.length() && Character.isJavaIdentifierPart(s.codePointAt(at));
    }

    private void digits(String allowed) {
        while (i < s.length() && allowed.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
    }

    private void operator() {
        int start = i;
        for (String op : OPERATORS) {
            if (s.startsWith(op, i)) {
                i += op.length();
                add(Kind.OPERATOR, start);
                return;
            }
        }
        i += Character.charCount(s.codePointAt(i));
        add(SINGLE_OPERATORS.indexOf(s.charAt(start)) >= 0 ? Kind.OPERATOR : Kind.UNEXPECTED, start);
    }

    private void add(Kind kind, int start) {
        tokens.add(new Token(kind, s.substring(start, i), start));
    }
}
