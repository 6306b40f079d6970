package retention.rules.template;

import java.util.List;

/**
 * A piece of a parsed template: literal text, a variable, or a section shown only when its variable has a value.
 */
sealed interface Part {

    record Text(String text) implements Part {
    }

    record Variable(String name) implements Part {
    }

    record Section(String name, List<Part> parts) implements Part {
    }
}
