package retention.rules.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import retention.rules.book.Problem;

/**
 * Reads a YAML node tree (SnakeYAML's composed nodes, which keep every position) and records each problem at the
 * line and column of the node it concerns. Values are read as the text written, never by YAML's own typing, so
 * that a message can quote exactly what the user typed.
 */
final class YamlNodes {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    YamlNodes(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    void problem(Node node, String message) {
        problems.add(new Problem(file, line(node), node.getStartMark().getColumn() + 1, message));
    }

    void problem(int line, int column, String message) {
        problems.add(new Problem(file, line, column, message));
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The text of a scalar, or null (with a problem) when the node is a list or a map. */
    String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problem(node, what + " must be a single value, not a " + shape(node));
        return null;
    }

    /** Whether a scalar says "nothing": empty, {@code null} or {@code ~}. */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar
                && (scalar.getValue().isEmpty() || scalar.getValue().equals("null") || scalar.getValue().equals("~"));
    }

    SequenceNode sequence(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence;
        }
        problem(node, what + " must be a list (lines starting with '- '), not a " + shape(node));
        return null;
    }

    /**
     * The entries of a map by key, in file order. Unknown and repeated keys are problems and left out.
     *
     * @param allowed the keys this map may have
     * @param what what the map is, for messages ("a scenario")
     */
    Map<String, Node> entries(Node node, Set<String> allowed, String what) {
        Map<String, Node> entries = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a map of 'key: value' lines, not a " + shape(node));
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (key == null) {
                continue;
            }
            if (!allowed.contains(key)) {
                problem(tuple.getKeyNode(), "unknown field '" + key + "' in " + what + "; expected one of "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
            else if (entries.putIfAbsent(key, tuple.getValueNode()) != null) {
                problem(tuple.getKeyNode(), "'" + key + "' is given twice in " + what);
            }
        }
        return entries;
    }

    /** The entries of a map whose keys are checked by the caller, such as the facts of a customer. */
    List<NodeTuple> tuples(Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping.getValue();
        }
        problem(node, what + " must be a map of 'key: value' lines, not a " + shape(node));
        return List.of();
    }

    private static String shape(Node node) {
        return node instanceof SequenceNode ? "list" : node instanceof MappingNode ? "map" : "single value";
    }
}
