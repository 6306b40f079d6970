package retention.rules.sandbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import retention.rules.sandbox.Token.Kind;

/**
 * Finds local variables declared in a consequence with an allowed type ({@code String reason = ...;}), so their
 * names may be used afterwards. Only a declaration's own {@code =} is an allowed assignment, and a capitalised
 * name is never a variable (it would hide a class of the same name).
 */
final class LocalDeclarations {

    private static final Set<String> STATEMENT_ENDS = Set.of(";", "{", "}");
    private static final Set<String> AFTER_NAME = Set.of("=", ";", ",");

    private final List<Token> tokens;
    private final Set<String> names = new HashSet<>();
    private final Set<Integer> declarationTokens = new HashSet<>();

    LocalDeclarations(List<Token> tokens) {
        this.tokens = tokens;
    }

    boolean isLocal(String name) {
        return names.contains(name);
    }

    /** Whether the token is part of a declaration: the declared name, its {@code =}, or {@code var}. */
    boolean isDeclaration(int index) {
        return declarationTokens.contains(index);
    }

    /** Records the declaration starting at {@code i}, if a statement starts there and declares a variable. */
    void declarationAt(int i) {
        if (i > 0 && !STATEMENT_ENDS.contains(tokens.get(i - 1).text())) {
            return;
        }
        int type = i < tokens.size() && tokens.get(i).is("final") ? i + 1 : i;
        if (type >= tokens.size() || !isType(tokens.get(type))) {
            return;
        }
        int name = type + 1;
        while (name + 1 < tokens.size() && tokens.get(name).is("[") && tokens.get(name + 1).is("]")) {
            name += 2;
        }
        if (declares(name)) {
            if (tokens.get(type).is("var")) {
                declarationTokens.add(type);
            }
            moreDeclarators(name + 1);
        }
    }

    private boolean isType(Token token) {
        return token.kind() == Kind.KEYWORD && Vocabulary.VALUE_KEYWORDS.contains(token.text())
                && !Set.of("true", "false", "null").contains(token.text())
                || token.isIdentifier() && (Vocabulary.TYPES.contains(token.text()) || token.text().equals("var"));
    }

    private boolean declares(int name) {
        if (name + 1 >= tokens.size() || !tokens.get(name).isIdentifier()
                || Character.isUpperCase(tokens.get(name).text().charAt(0))
                || !AFTER_NAME.contains(tokens.get(name + 1).text())) {
            return false;
        }
        names.add(tokens.get(name).text());
        declarationTokens.add(name);
        if (tokens.get(name + 1).is("=")) {
            declarationTokens.add(name + 1);
        }
        return true;
    }

    /** {@code String a = "x", b = "y";}: the further names, at the declaration's own bracket depth. */
    private void moreDeclarators(int from) {
        int depth = 0;
        for (int k = from; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            }
            else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
            }
            if (depth < 0 || depth == 0 && token.is(";")) {
                return;
            }
            if (depth == 0 && token.is(",")) {
                declares(k + 1);
            }
        }
    }
}
