package retention.rules.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import retention.rules.facts.CauseEvidence;
import retention.rules.facts.Channel;
import retention.rules.facts.ChurnCause;
import retention.rules.facts.CustomerProfile;
import retention.rules.facts.CustomerProfileBuilder;

/**
 * Sets the facts a scenario gives on a {@link CustomerProfileBuilder}: any field of {@link CustomerProfile} by
 * its name, the value written as a business user would ({@code stage: CHURNED}, {@code pAlive: 0.4},
 * {@code reachableChannels: [SMS, WECHAT]}, causes with their evidence). A fact that does not exist or a value
 * of the wrong kind is a problem at its line.
 */
final class GivenFacts {

    private static final Map<String, RecordComponent> FIELDS = Arrays.stream(CustomerProfile.class.getRecordComponents())
            .filter(c -> !c.getName().equals("customerId"))
            .collect(Collectors.toMap(RecordComponent::getName, c -> c, (a, b) -> a, LinkedHashMap::new));
    private static final Set<String> CAUSE_KEYS = Set.of("cause", "evidence", "direct", "confidence");
    private static final double INFERRED_CONFIDENCE = 0.7;
    private static final double DIRECT_CONFIDENCE = 0.9;
    private static final Object NO_VALUE = FactValues.NO_VALUE;

    private final YamlNodes yaml;
    private final FactValues values;

    GivenFacts(YamlNodes yaml) {
        this.yaml = yaml;
        this.values = new FactValues(yaml);
    }

    void apply(Node facts, CustomerProfileBuilder builder) {
        for (NodeTuple tuple : yaml.tuples(facts, "'given'")) {
            String name = yaml.scalar(tuple.getKeyNode(), "a fact's name");
            if (name == null) {
                continue;
            }
            RecordComponent field = FIELDS.get(name);
            if (field == null) {
                yaml.problem(tuple.getKeyNode(), name.equals("customerId")
                        ? "customerId is set by the runner: each scenario is a customer of its own" : unknown(name));
                continue;
            }
            Object value = value(field, tuple.getValueNode());
            if (value != NO_VALUE) {
                set(builder, field, value);
            }
        }
    }

    private Object value(RecordComponent field, Node node) {
        Class<?> type = field.getType();
        String name = field.getName();
        if (type == List.class) {
            return causes(node);
        }
        if (type == Set.class) {
            return channels(node, name);
        }
        if (YamlNodes.isNull(node)) {
            if (type.isPrimitive() || type.isEnum()) {
                yaml.problem(node, name + " needs a value; it cannot be empty");
                return NO_VALUE;
            }
            return null;
        }
        return values.read(name, type, node);
    }

    private Object channels(Node node, String name) {
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (Node item : items) {
            if (YamlNodes.isNull(item) && items.size() == 1) {
                continue;
            }
            String text = yaml.scalar(item, name);
            if (text == null) {
                return NO_VALUE;
            }
            for (String part : text.split(",")) {
                Object channel = values.constant(Channel.class, name, part.trim(), item);
                if (channel == NO_VALUE) {
                    return NO_VALUE;
                }
                channels.add((Channel) channel);
            }
        }
        return new HashSet<>(channels);
    }

    private Object causes(Node node) {
        if (YamlNodes.isNull(node)) {
            return List.of();
        }
        SequenceNode sequence = yaml.sequence(node, "causes");
        if (sequence == null) {
            return NO_VALUE;
        }
        List<CauseEvidence> causes = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            CauseEvidence cause = item instanceof ScalarNode ? cause(item, Map.of()) : cause(item, yaml.entries(item,
                    CAUSE_KEYS, "a cause"));
            if (cause == null) {
                return NO_VALUE;
            }
            causes.add(cause);
        }
        return causes;
    }

    /** A cause written as its name alone, or as a map with its evidence, whether it is direct, its confidence. */
    private CauseEvidence cause(Node item, Map<String, Node> parts) {
        Node nameNode = item instanceof ScalarNode ? item : parts.get("cause");
        if (nameNode == null) {
            yaml.problem(item, "a cause needs 'cause:' with one of " + Arrays.toString(ChurnCause.values()));
            return null;
        }
        String name = yaml.scalar(nameNode, "cause");
        Object cause = name == null ? NO_VALUE : values.constant(ChurnCause.class, "cause", name.trim(), nameNode);
        Object direct = parts.containsKey("direct") ? values.read("direct", boolean.class, parts.get("direct")) : false;
        Object confidence = parts.containsKey("confidence")
                ? values.read("confidence", double.class, parts.get("confidence")) : null;
        Object evidence = parts.containsKey("evidence") ? yaml.scalar(parts.get("evidence"), "evidence")
                : "given in the scenario";
        if (cause == NO_VALUE || direct == NO_VALUE || confidence == NO_VALUE || evidence == null) {
            return null;
        }
        double certainty = confidence != null ? (double) confidence
                : (boolean) direct ? DIRECT_CONFIDENCE : INFERRED_CONFIDENCE;
        return new CauseEvidence((ChurnCause) cause, certainty, (boolean) direct, (String) evidence);
    }

    private static void set(CustomerProfileBuilder builder, RecordComponent field, Object value) {
        try {
            Method setter = CustomerProfileBuilder.class.getMethod(field.getName(), field.getType());
            setter.invoke(builder, value);
        }
        catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
            throw new IllegalStateException("CustomerProfileBuilder has no setter for " + field.getName(), ex);
        }
    }

    private static String unknown(String name) {
        String message = "unknown fact '" + name + "'; the facts a rule can use are listed in docs/facts.md";
        String lower = name.toLowerCase(Locale.ROOT);
        return FIELDS.keySet().stream()
                .filter(f -> f.toLowerCase(Locale.ROOT).startsWith(lower) || lower.startsWith(f.toLowerCase(Locale.ROOT)))
                .findFirst().map(f -> message + " (did you mean '" + f + "'?)").orElse(message);
    }
}
