package retention.rules.template;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One template in one language: an optional subject and a body, with {@code {{variables}}} and sections
 * {@code {{#tags}}…{{/tags}}} that are left out when their variable is empty.
 */
public final class Template {

    /** The variables a template may use. */
    public static final Set<String> VARIABLES = Set.of("name", "title", "surname", "salutation", "offer", "tags",
            "shop");

    /** The variables that make a message personal: it names the customer or what they buy. */
    static final Set<String> PERSONAL = Set.of("name", "title", "surname", "salutation", "tags");

    private final String name;
    private final String language;
    private final String file;
    private final List<Part> subject;
    private final List<Part> body;

    Template(String name, String language, String file, List<Part> subject, List<Part> body) {
        this.name = name;
        this.language = language;
        this.file = file;
        this.subject = subject;
        this.body = body;
    }

    public String name() {
        return name;
    }

    public String language() {
        return language;
    }

    /** The file it was read from, relative to the rule book folder. */
    public String file() {
        return file;
    }

    /** Fills in the variables; a variable without a value renders as nothing. */
    public RenderedMessage render(Map<String, String> values) {
        boolean[] personal = { false };
        String renderedSubject = subject == null ? null : fill(subject, values, personal).strip();
        String renderedBody = fill(body, values, personal).strip();
        return new RenderedMessage(renderedSubject, renderedBody, personal[0]);
    }

    private static String fill(List<Part> parts, Map<String, String> values, boolean[] personal) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Part.Text text) {
                out.append(text.text());
            }
            else if (part instanceof Part.Variable variable) {
                out.append(value(variable.name(), values, personal));
            }
            else if (part instanceof Part.Section section
                    && !value(section.name(), values, new boolean[1]).isEmpty()) {
                out.append(fill(section.parts(), values, personal));
            }
        }
        return out.toString();
    }

    private static String value(String variable, Map<String, String> values, boolean[] personal) {
        String value = values.getOrDefault(variable, "");
        if (!value.isEmpty() && PERSONAL.contains(variable)) {
            personal[0] = true;
        }
        return value;
    }
}
