package retention.rules.scenario;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import retention.rules.arbitrate.DecisionStatus;
import retention.rules.book.Problem;
import retention.rules.facts.Channel;
import retention.rules.facts.CustomerProfile;
import retention.rules.facts.CustomerProfileBuilder;

/**
 * Reads one scenario file:
 * <pre>
 * defaults:                 # facts every scenario of the file starts from (optional)
 *   stage: CHURNED
 * scenarios:
 *   - name: churned-price-sensitive
 *     given:
 *       recencyDays: 120
 *       causes: [PRICE_SENSITIVE]
 *     expect:
 *       - action: WINBACK_DISCOUNT
 *         channel: SMS
 *     absent: [COMEBACK_GIFT]
 * </pre>
 * {@code expect: none} expects no action; an expected action may be written as its code alone.
 */
final class ScenarioParser {

    private static final Set<String> FILE_KEYS = Set.of("defaults", "scenarios");
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "given", "expect", "absent");
    private static final Set<String> ACTION_KEYS = Set.of("action", "channel", "offer", "template", "status", "rule");

    private final String file;
    private final YamlNodes yaml;
    private final GivenFacts facts;
    private long nextCustomerId;

    ScenarioParser(String file, long firstCustomerId) {
        this.file = file;
        this.yaml = new YamlNodes(file);
        this.facts = new GivenFacts(yaml);
        this.nextCustomerId = firstCustomerId;
    }

    List<Problem> problems() {
        return yaml.problems();
    }

    List<Scenario> parse(String text) {
        Node root = compose(text);
        if (root == null) {
            return List.of();
        }
        Map<String, Node> top = yaml.entries(root, FILE_KEYS, "a scenario file");
        Node defaults = top.get("defaults");
        if (defaults != null) {
            // Read once for its problems; each scenario then starts from it.
            facts.apply(defaults, CustomerProfile.builder(0));
        }
        Node list = top.get("scenarios");
        if (list == null) {
            if (!(root instanceof ScalarNode)) {
                yaml.problem(root, "a scenario file needs 'scenarios:', a list of scenarios");
            }
            return List.of();
        }
        SequenceNode sequence = yaml.sequence(list, "scenarios");
        List<Scenario> scenarios = new ArrayList<>();
        if (sequence != null) {
            for (Node node : sequence.getValue()) {
                Scenario scenario = scenario(node, defaults);
                if (scenario != null) {
                    scenarios.add(scenario);
                }
            }
        }
        return scenarios;
    }

    private Node compose(String text) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (root == null) {
                yaml.problem(1, 1, "the file is empty; a scenario file needs 'scenarios:'");
            }
            return root;
        }
        catch (MarkedYAMLException ex) {
            Mark mark = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
            yaml.problem(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + ex.getProblem());
            return null;
        }
        catch (YAMLException ex) {
            yaml.problem(0, 0, "not valid YAML: " + ex.getMessage());
            return null;
        }
    }

    private Scenario scenario(Node node, Node defaults) {
        int problemsBefore = yaml.problems().size();
        Map<String, Node> parts = yaml.entries(node, SCENARIO_KEYS, "a scenario");
        String name = parts.containsKey("name") ? yaml.scalar(parts.get("name"), "name") : null;
        if (name == null || name.isBlank()) {
            yaml.problem(node, "a scenario needs a 'name:'");
        }
        CustomerProfile given = given(parts.get("given"), defaults);
        List<ExpectedAction> expected = parts.containsKey("expect") ? expected(parts.get("expect")) : null;
        if (!parts.containsKey("expect")) {
            yaml.problem(node, "scenario '" + name + "' needs 'expect:', the actions it expects or 'none'");
        }
        Set<String> absent = parts.containsKey("absent") ? codes(parts.get("absent")) : Set.of();
        if (yaml.problems().size() > problemsBefore) {
            return null;
        }
        return new Scenario(name.trim(), file, YamlNodes.line(node), given, expected, absent);
    }

    /** The file's defaults, then the scenario's own facts; each scenario is a customer of its own. */
    private CustomerProfile given(Node own, Node defaults) {
        CustomerProfileBuilder builder = CustomerProfile.builder(nextCustomerId++);
        if (defaults != null) {
            int reported = yaml.problems().size();
            facts.apply(defaults, builder);
            // Reported once, when the file was read.
            yaml.problems().subList(reported, yaml.problems().size()).clear();
        }
        if (own != null) {
            facts.apply(own, builder);
        }
        return builder.build();
    }

    private List<ExpectedAction> expected(Node node) {
        if (node instanceof ScalarNode scalar && scalar.getValue().trim().equalsIgnoreCase("none")) {
            return List.of();
        }
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        List<ExpectedAction> actions = new ArrayList<>();
        for (Node item : items) {
            ExpectedAction action = item instanceof ScalarNode ? action(item, Map.of())
                    : action(item, yaml.entries(item, ACTION_KEYS, "an expected action"));
            if (action != null) {
                actions.add(action);
            }
        }
        if (actions.isEmpty() && items.isEmpty()) {
            yaml.problem(node, "'expect:' is empty; write 'expect: none' to expect no action");
        }
        return actions;
    }

    private ExpectedAction action(Node item, Map<String, Node> parts) {
        Node codeNode = item instanceof ScalarNode ? item : parts.get("action");
        if (codeNode == null) {
            yaml.problem(item, "an expected action needs 'action:' with its code from actions.csv");
            return null;
        }
        String code = actionCode(codeNode);
        Channel channel = parts.containsKey("channel") ? channel(parts.get("channel")) : null;
        DecisionStatus status = parts.containsKey("status") ? status(parts.get("status")) : DecisionStatus.PLANNED;
        String offer = parts.containsKey("offer") ? yaml.scalar(parts.get("offer"), "offer") : null;
        String template = parts.containsKey("template") ? yaml.scalar(parts.get("template"), "template") : null;
        String rule = parts.containsKey("rule") ? yaml.scalar(parts.get("rule"), "rule") : null;
        return code == null || status == null ? null : new ExpectedAction(code, channel, offer, template, status, rule);
    }

    private Set<String> codes(Node node) {
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        Set<String> codes = new LinkedHashSet<>();
        for (Node item : items) {
            String code = actionCode(item);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private String actionCode(Node node) {
        String code = yaml.scalar(node, "an action code");
        if (code != null && !code.trim().matches("[A-Z][A-Z0-9_]{1,39}")) {
            yaml.problem(node, "'" + code + "' is not an action code; codes are upper case, as in actions.csv");
            return null;
        }
        return code == null ? null : code.trim();
    }

    private Channel channel(Node node) {
        String text = yaml.scalar(node, "channel");
        try {
            return text == null ? null : Channel.of(text);
        }
        catch (IllegalArgumentException ex) {
            yaml.problem(node, ex.getMessage());
            return null;
        }
    }

    private DecisionStatus status(Node node) {
        String text = yaml.scalar(node, "status");
        try {
            return text == null ? null : DecisionStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            yaml.problem(node, "status '" + text + "' is not one of PLANNED, OUTRANKED, SUPPRESSED");
            return null;
        }
    }
}
