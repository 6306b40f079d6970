package retention.app.api;

import java.util.List;

/**
 * A request the API refuses with 400, naming each field that is wrong and why.
 */
public class BadRequest extends RuntimeException {

    private final List<FieldProblem> problems;

    public BadRequest(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public BadRequest(String field, String reason) {
        this(List.of(new FieldProblem(field, reason)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
