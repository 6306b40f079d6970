package retention.rules.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one written value as the type a fact needs: whole numbers, numbers, true/false, dates, and the names of
 * stages, segments, causes and channels in any case. A value that does not fit is a problem at its node, naming
 * what was expected, and reads as {@link #NO_VALUE}.
 */
final class FactValues {

    /** A value that could not be read; its problem is already recorded. */
    static final Object NO_VALUE = new Object();

    private final YamlNodes yaml;

    FactValues(YamlNodes yaml) {
        this.yaml = yaml;
    }

    /** The value of a single-value node, or {@link #NO_VALUE}. */
    Object read(String name, Class<?> type, Node node) {
        String text = yaml.scalar(node, name);
        return text == null ? NO_VALUE : scalar(type, name, text.trim(), node);
    }

    Object constant(Class<?> type, String name, String text, Node node) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        yaml.problem(node, name + ": '" + text + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(String::valueOf).collect(Collectors.joining(", ")));
        return NO_VALUE;
    }

    private Object scalar(Class<?> type, String name, String text, Node node) {
        try {
            if (type == int.class || type == Integer.class) {
                return Integer.parseInt(text);
            }
            if (type == double.class || type == Double.class) {
                return Double.parseDouble(text);
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(text);
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text);
            }
        }
        catch (NumberFormatException | DateTimeParseException ex) {
            yaml.problem(node, name + ": '" + text + "' is not " + kind(type));
            return NO_VALUE;
        }
        if (type == boolean.class) {
            return bool(name, text, node);
        }
        return type.isEnum() ? constant(type, name, text, node) : text;
    }

    private Object bool(String name, String text, Node node) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
        }
        yaml.problem(node, name + ": '" + text + "' is not true or false");
        return NO_VALUE;
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        return type == LocalDate.class ? "a date (YYYY-MM-DD)" : "a number";
    }
}
