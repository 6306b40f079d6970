package retention.rules.validate;

import java.util.List;

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

    /** Both checks, this one's problems first. */
    default TemplateCheck and(TemplateCheck other) {
        return use -> {
            List<String> mine = problems(use);
            return mine.isEmpty() ? other.problems(use)
                    : java.util.stream.Stream.concat(mine.stream(), other.problems(use).stream()).toList();
        };
    }
}
