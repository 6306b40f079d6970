package retention.rules.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The actions a rule book may propose, read from {@code actions.csv} in the rule book folder
 * ({@code code,kind,cost,description}). A rule that proposes a code missing here is refused when the rule book
 * is loaded, so a typo never reaches customers.
 */
public final class ActionCatalogue {

    public static final String FILE_NAME = "actions.csv";

    private static final String HEADER = "code,kind,cost,description";

    private final Map<String, ActionDefinition> actions;

    private ActionCatalogue(Map<String, ActionDefinition> actions) {
        this.actions = actions;
    }

    /**
     * Parses the catalogue text.
     *
     * @throws RuleBookException listing every malformed row with its line and column
     */
    public static ActionCatalogue parse(String text) {
        Map<String, ActionDefinition> actions = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].trim().equalsIgnoreCase(HEADER)) {
            problems.add(new Problem(FILE_NAME, 1, 1, "the first line must be the header '" + HEADER + "'"));
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            parseRow(line, i + 1, problems).ifPresent(a -> {
                if (actions.putIfAbsent(a.code(), a) != null) {
                    problems.add(new Problem(FILE_NAME, 0, 1, "action " + a.code() + " is listed twice"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new RuleBookException("The action catalogue has errors", problems);
        }
        return new ActionCatalogue(actions);
    }

    private static Optional<ActionDefinition> parseRow(String line, int lineNo, List<Problem> problems) {
        String[] cells = line.split(",", 4);
        if (cells.length < 4) {
            problems.add(new Problem(FILE_NAME, lineNo, 1, "expected 4 columns (" + HEADER + "), found " + cells.length));
            return Optional.empty();
        }
        String code = cells[0].trim();
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add(new Problem(FILE_NAME, lineNo, 1,
                    "action code '" + code + "' must be upper case letters, digits and _ (at most 40)"));
            return Optional.empty();
        }
        int kindColumn = cells[0].length() + 2;
        ActionKind kind;
        try {
            kind = ActionKind.valueOf(cells[1].trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            problems.add(new Problem(FILE_NAME, lineNo, kindColumn,
                    "kind '" + cells[1].trim() + "' is not one of MESSAGE, TASK, SUPPRESS"));
            return Optional.empty();
        }
        BigDecimal cost;
        try {
            cost = new BigDecimal(cells[2].trim());
        }
        catch (NumberFormatException ex) {
            problems.add(new Problem(FILE_NAME, lineNo, kindColumn + cells[1].length() + 1,
                    "cost '" + cells[2].trim() + "' is not a number"));
            return Optional.empty();
        }
        return Optional.of(new ActionDefinition(code, kind, cost, cells[3].trim()));
    }

    public Optional<ActionDefinition> find(String code) {
        return Optional.ofNullable(actions.get(code));
    }

    public boolean contains(String code) {
        return actions.containsKey(code);
    }

    /** The kind of a known action; MESSAGE for a code not in the catalogue. */
    public ActionKind kindOf(String code) {
        return find(code).map(ActionDefinition::kind).orElse(ActionKind.MESSAGE);
    }

    /** Every code, in file order. */
    public List<String> codes() {
        return List.copyOf(actions.keySet());
    }

    public Collection<ActionDefinition> all() {
        return actions.values();
    }
}
