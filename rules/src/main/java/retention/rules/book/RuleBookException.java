package retention.rules.book;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule book that cannot be used, with every problem found located by file, line and column.
 */
public class RuleBookException extends RuntimeException {

    private final List<Problem> problems;

    public RuleBookException(String summary, List<Problem> problems) {
        super(summary + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
