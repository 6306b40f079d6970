package retention.rules.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Keeps brackets matched. Drools pastes a consequence into a generated method and an eval into
 * {@code return (...)}: an unmatched closing bracket would end that method and start code of the writer's own,
 * so any imbalance refuses the code.
 */
final class Brackets {

    private static final Map<String, String> PAIRS = Map.of(")", "(", "]", "[", "}", "{");

    private final CodeChecker.Mode mode;
    private final BiConsumer<Token, String> report;
    private final Deque<Token> open = new ArrayDeque<>();

    Brackets(CodeChecker.Mode mode, BiConsumer<Token, String> report) {
        this.mode = mode;
        this.report = report;
    }

    void open(Token token) {
        if (token.is("{") && mode == CodeChecker.Mode.CONDITION) {
            report.accept(token, "'{' is not allowed in conditions");
        }
        open.push(token);
    }

    void close(Token token) {
        if (open.isEmpty() || !open.pop().is(PAIRS.get(token.text()))) {
            report.accept(token, "unmatched '" + token.text() + "': this code cannot be checked");
        }
    }

    void end() {
        if (!open.isEmpty()) {
            Token first = open.peekLast();
            report.accept(first, "'" + first.text() + "' is never closed: this code cannot be checked");
        }
    }
}
