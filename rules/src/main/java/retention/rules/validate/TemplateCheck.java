package retention.rules.validate;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import retention.rules.book.Problem;

/**
 * Checks the templates a rule book's messages use. {@link TemplateFolder} checks that each exists in every
 * language; the template engine can supply its own check that also reports unknown variables.
 */
@FunctionalInterface
public interface TemplateCheck {

    /** Checks nothing: for a rule book without a templates folder. */
    TemplateCheck NONE = use -> List.of();

    /** What is wrong with one use of a template, in plain words; empty when nothing is. */
    List<String> problems(TemplateUse use);

    /**
     * Templates nobody uses, given the names the rules use: a renamed template whose old file stays behind is
     * a message nobody will ever read and a trap for whoever edits it.
     */
    default List<Problem> unused(Collection<String> used) {
        return List.of();
    }

    /** Both checks, this one's problems first. */
    default TemplateCheck and(TemplateCheck other) {
        TemplateCheck first = this;
        return new TemplateCheck() {
            @Override
            public List<String> problems(TemplateUse use) {
                List<String> mine = first.problems(use);
                return mine.isEmpty() ? other.problems(use)
                        : Stream.concat(mine.stream(), other.problems(use).stream()).toList();
            }

            @Override
            public List<Problem> unused(Collection<String> used) {
                return Stream.concat(first.unused(used).stream(), other.unused(used).stream()).distinct().toList();
            }
        };
    }
}
