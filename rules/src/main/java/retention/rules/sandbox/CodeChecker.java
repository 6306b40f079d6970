package retention.rules.sandbox;

import static retention.rules.sandbox.Vocabulary.CONDITION_OPERATORS;
import static retention.rules.sandbox.Vocabulary.CONSEQUENCE_KEYWORDS;
import static retention.rules.sandbox.Vocabulary.ENGINE;
import static retention.rules.sandbox.Vocabulary.FACTS;
import static retention.rules.sandbox.Vocabulary.FACT_CHANGES;
import static retention.rules.sandbox.Vocabulary.HELPERS;
import static retention.rules.sandbox.Vocabulary.LOOPS;
import static retention.rules.sandbox.Vocabulary.MEMBERS;
import static retention.rules.sandbox.Vocabulary.METHODS;
import static retention.rules.sandbox.Vocabulary.TYPES;
import static retention.rules.sandbox.Vocabulary.VALUE_KEYWORDS;

import java.util.List;
import java.util.Set;

import retention.rules.sandbox.CodeLexer.LexException;
import retention.rules.sandbox.Token.Kind;

/**
 * Checks one piece of rule code, token by token, against the {@link Vocabulary}: every identifier must be an
 * allowed name in its role (a type or bound variable where a chain starts, an allowed method where a call
 * follows a dot, a constant or fact after a dot), every keyword and operator must be harmless. The code is read
 * the way the Java compiler reads it (unicode escapes decoded, comments dropped), so neither escapes nor
 * comments nor strings can hide a call.
 */
final class CodeChecker {

    /** Where the code sits: a condition (constraint or eval) or a consequence. */
    enum Mode {
        CONDITION, CONSEQUENCE
    }

    static final String ONLY_FACTS = " (only the customer facts and propose(...) are allowed)";

    private static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
            "<<=", ">>=", ">>>=", "++", "--");
    private static final Set<String> CLOSERS = Set.of(")", "]", "}");

    private final Snippet snippet;
    private final Mode mode;
    private final Set<String> bound;
    private final Findings findings;
    private int[] origin;
    private List<Token> tokens;
    private LocalDeclarations locals;
    private Brackets brackets;
    private TokenChains chains;
    private int skipTo = -1;

    private CodeChecker(Snippet snippet, Mode mode, Set<String> bound, Findings findings) {
        this.snippet = snippet;
        this.mode = mode;
        this.bound = bound;
        this.findings = findings;
    }

    /** Checks the code; {@code bound} are the rule's bound variables ({@code $c}). */
    static void check(Snippet snippet, Mode mode, Set<String> bound, Findings findings) {
        new CodeChecker(snippet, mode, bound, findings).run();
    }

    private void run() {
        UnicodeEscapes.Decoded decoded = UnicodeEscapes.decode(snippet.code());
        origin = decoded.origin();
        try {
            tokens = CodeLexer.tokens(decoded.text());
            checkTokens();
            brackets.end();
        }
        catch (LexException ex) {
            tokens = ex.before;
            checkTokens();
            report(ex.at, ex.getMessage() + ": this code cannot be checked");
        }
    }

    private void checkTokens() {
        chains = new TokenChains(tokens);
        locals = new LocalDeclarations(tokens);
        brackets = new Brackets(mode, this::report);
        for (int i = mode == Mode.CONDITION ? afterBinding() : 0; i < tokens.size(); i++) {
            if (i > skipTo) {
                if (mode == Mode.CONSEQUENCE) {
                    locals.declarationAt(i);
                }
                check(i);
            }
        }
    }

    /** A condition may start with a binding, {@code $r : recencyDays > 90}; the name is already known. */
    private int afterBinding() {
        if (tokens.size() > 2 && tokens.get(0).isIdentifier() && tokens.get(1).is(":")) {
            if (tokens.get(2).is("=")) {
                report(tokens.get(1), "unification (':=') is not allowed; compare with '=='");
                return 3;
            }
            return 2;
        }
        return 0;
    }

    private void check(int i) {
        Token token = tokens.get(i);
        switch (token.kind()) {
            case UNEXPECTED -> report(token, "unexpected character '" + token.text() + "': this code cannot be checked");
            case TEXT_BLOCK -> report(token, "text blocks (\"\"\") are not allowed in rules; write an ordinary \"text\"");
            case OPERATOR -> operator(i, token);
            case KEYWORD -> keyword(i, token);
            case IDENTIFIER -> identifier(i, token);
            default -> {
            }
        }
    }

    private void operator(int i, Token token) {
        String op = token.text();
        if (ASSIGNMENTS.contains(op) && !locals.isDeclaration(i)) {
            report(token, mode == Mode.CONDITION ? "conditions may not assign values ('" + op + "'); to compare, write '=='"
                    : "rules may not assign values ('" + op + "'); a rule writes only proposals");
        }
        else if (op.equals("->")) {
            report(token, "lambdas ('->') are not allowed in rules");
        }
        else if (op.equals("::")) {
            report(token, "method references ('::') are not allowed in rules");
        }
        else if (op.equals("@")) {
            report(token, "annotations ('@') are not allowed in rules");
        }
        else if (op.equals("#") || op.equals("...") || op.equals(";") && mode == Mode.CONDITION) {
            report(token, "'" + op + "' is not allowed " + (mode == Mode.CONDITION ? "in conditions" : "in rules"));
        }
        else if (CLOSERS.contains(op)) {
            brackets.close(token);
        }
        else if (op.equals("(") || op.equals("[") || op.equals("{")) {
            brackets.open(token);
        }
    }

    private void keyword(int i, Token token) {
        String word = token.text();
        if (VALUE_KEYWORDS.contains(word) || mode == Mode.CONSEQUENCE && CONSEQUENCE_KEYWORDS.contains(word)) {
            return;
        }
        if (LOOPS.contains(word)) {
            report(token, "loops ('" + word + "') are not allowed in rules; "
                    + "a rule looks at one customer and writes proposals");
        }
        else if (word.equals("new")) {
            int end = i + 1 < tokens.size() ? chains.nameEnd(i + 1) : i;
            report(token, "rules may not create objects ('new " + chains.joined(i + 1, end) + "')" + ONLY_FACTS);
            skipTo = chains.expressionEnd(end);
        }
        else {
            report(token, "'" + word + "' is not allowed in rules");
        }
    }

    private void identifier(int i, Token token) {
        String name = token.text();
        boolean call = i + 1 < tokens.size() && tokens.get(i + 1).is("(");
        if (locals.isDeclaration(i)) {
            return;
        }
        if (isMember(i)) {
            if (!(call ? METHODS : MEMBERS).contains(name)) {
                report(token, UnknownNames.member(tokens, i, bound).orElse("rules may not use '" + name + "'" + ONLY_FACTS));
                skipTo = chains.expressionEnd(i);
            }
        }
        else if (mode == Mode.CONDITION && CONDITION_OPERATORS.contains(name)) {
            if (name.equals("matches")) {
                matches(i, token);
            }
        }
        else if (call) {
            headCall(i, token, name);
        }
        else if (!(TYPES.contains(name) || bound.contains(name) || locals.isLocal(name)
                || mode == Mode.CONDITION && FACTS.contains(name))) {
            int end = chains.nameEnd(i);
            report(token, ENGINE.contains(name) ? "rules may not use '" + name
                    + "' (the engine's own controls); a rule writes only proposals"
                    : UnknownNames.fact(tokens, i, mode == Mode.CONDITION)
                            .orElse("rules may not use '" + chains.subject(i, end) + "'" + ONLY_FACTS));
            skipTo = chains.expressionEnd(end);
        }
    }

    /** A call without a receiver: propose(...) in a consequence, a fact or helper in a condition. */
    private void headCall(int i, Token token, String name) {
        boolean allowed = mode == Mode.CONSEQUENCE ? name.equals("propose")
                : HELPERS.contains(name) || FACTS.contains(name);
        if (allowed) {
            return;
        }
        skipTo = chains.expressionEnd(i);
        if (FACT_CHANGES.contains(name)) {
            report(token, "rules may not change facts ('" + name + "'); a rule writes only proposals");
        }
        else if (name.equals("propose")) {
            report(token, "propose(...) belongs after 'then'; conditions may only test the customer facts");
        }
        else {
            report(token, "rules may not use '" + name + "'" + ONLY_FACTS);
        }
    }

    private void matches(int i, Token token) {
        Token pattern = i + 1 < tokens.size() ? tokens.get(i + 1) : token;
        if (pattern.kind() != Kind.STRING) {
            report(token, "the pattern after 'matches' must be written out in quotes");
        }
        else if (RegexRisk.nestedRepetition(pattern.text().substring(1, pattern.text().length() - 1))) {
            report(pattern, "the pattern " + pattern.text() + " repeats a repeated group, which can take hours on "
                    + "some texts; simplify it");
        }
    }

    private boolean isMember(int i) {
        return i > 0 && (tokens.get(i - 1).is(".")
                || tokens.get(i - 1).is("?") && i > 1 && tokens.get(i - 2).is("."));
    }

    private void report(Token token, String message) {
        report(token.start(), message);
    }

    private void report(int decodedIndex, String message) {
        findings.at(snippet, origin[Math.min(decodedIndex, origin.length - 1)], message);
    }
}
