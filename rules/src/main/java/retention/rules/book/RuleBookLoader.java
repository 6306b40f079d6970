package retention.rules.book;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.conf.LanguageLevelOption;

import retention.rules.facts.FactNames;
import retention.rules.sandbox.Sandbox;

/**
 * Compiles a folder of rule files into a {@link RuleBook}. Every problem is reported with its file, line and
 * column, and nothing half-compiled is ever returned: a rule book with one error is refused whole.
 */
public final class RuleBookLoader {

    private static final String RESOURCE_ROOT = "src/main/resources/";
    /** Appended to a decision table's name for the DRL it generates, so that Drools compiles it as DRL. */
    private static final String GENERATED_DRL = ".drl";
    private static final Pattern PROPOSE = Pattern.compile("propose\\s*\\(\\s*[^,()]+,\\s*\"([^\"]*)\"");
    private static final Pattern CONTROL_SHARE = Pattern.compile("\\.\\s*controlShare\\s*\\(([^)]*)\\)");
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieServices kie = KieServices.Factory.get();
    private final Sandbox sandbox = Sandbox.standard();

    /** Reads and compiles the rule book in {@code dir}. */
    public RuleBook load(Path dir) {
        return compile(RuleBookFolder.read(dir));
    }

    /**
     * Compiles a set of rule book files.
     *
     * @throws RuleBookException with every problem found, when the rule book cannot be used
     */
    public RuleBook compile(List<RuleFile> files) {
        List<Problem> problems = new ArrayList<>();
        ActionCatalogue catalogue = catalogue(files, problems);
        Map<String, String> ruleFiles = new LinkedHashMap<>();
        Map<String, RuleConditions> conditions = new LinkedHashMap<>();
        KieFileSystem kfs = kie.newKieFileSystem();
        Map<String, TableCells> tables = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (!file.isDrl() && !file.isDecisionTable()) {
                continue;
            }
            DecisionTableDrl table = file.isDecisionTable() ? decisionTable(file, problems) : null;
            if (file.isDecisionTable() && table == null) {
                continue;
            }
            String drl = table == null ? file.text() : table.drl();
            TableCells cells = table == null ? null : TableCells.of(file, drl);
            if (cells != null) {
                tables.put(file.path(), cells);
            }
            List<Problem> fileProblems = new ArrayList<>();
            compileFile(file, drl, catalogue, kfs, ruleFiles, conditions, fileProblems);
            // A table's author edits cells, never the generated text: problems go to the row and cell they came from.
            fileProblems.forEach(p -> problems.add(cells == null || !p.file().equals(file.path()) ? p
                    : cells.locate(p.line(), cells.tokenAt(p.line(), p.column()), p.message())));
        }
        if (!problems.isEmpty()) {
            throw new RuleBookException("The rule book has errors", problems);
        }
        KieBase kieBase = build(kfs, tables, problems);
        if (!problems.isEmpty()) {
            throw new RuleBookException("The rule book has errors", problems);
        }
        return new RuleBook(kieBase, RuleBookFolder.contentHash(files), files, ruleFiles, catalogue, conditions);
    }

    /**
     * Checks one rule file (or the DRL a decision table generates) and writes it into the project. A decision
     * table is written as the DRL that was checked, so what compiles is exactly what the sandbox saw.
     */
    private void compileFile(RuleFile file, String drl, ActionCatalogue catalogue, KieFileSystem kfs,
            Map<String, String> ruleFiles, Map<String, RuleConditions> conditions, List<Problem> problems) {
        // Before anything is compiled: Drools runs code while building (constant folding, static
        // initialisers of declared types), so a file that reaches outside the fact model never gets that far.
        List<Problem> refused = sandbox.checkDrl(file.path(), drl);
        if (!refused.isEmpty()) {
            problems.addAll(refused);
            return;
        }
        PackageDescr parsed = parse(file, drl, problems);
        if (parsed != null) {
            for (RuleDescr rule : parsed.getRules()) {
                String previous = ruleFiles.putIfAbsent(rule.getName(), file.path());
                if (previous != null) {
                    problems.add(new Problem(file.path(), rule.getLine(), rule.getColumn() + 1,
                            "rule \"" + rule.getName() + "\" is already defined in " + previous
                                    + "; rule names must be unique in the rule book"));
                }
            }
            conditions.putAll(RuleConditions.of(parsed));
        }
        if (catalogue != null) {
            checkActionCodes(file, drl, catalogue, problems);
        }
        checkControlShares(file, drl, problems);
        if (file.isDrl()) {
            kfs.write(resourcePath(file, parsed), file.content());
        }
        else {
            kfs.write(resourcePath(file, parsed) + GENERATED_DRL, drl.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Where a file goes in the in-memory project: under its package's folder, as Drools expects (it warns about
     * every file otherwise). The file name keeps its path so that messages can be mapped back.
     */
    private static String resourcePath(RuleFile file, PackageDescr parsed) {
        String folder = parsed == null || parsed.getName() == null || parsed.getName().isBlank() ? "rulebook"
                : parsed.getName().replace('.', '/');
        return RESOURCE_ROOT + folder + "/" + file.path().replace('/', '~');
    }

    private static ActionCatalogue catalogue(List<RuleFile> files, List<Problem> problems) {
        RuleFile file = files.stream().filter(f -> f.path().equals(ActionCatalogue.FILE_NAME)).findFirst().orElse(null);
        if (file == null) {
            problems.add(new Problem(ActionCatalogue.FILE_NAME, 0, 0,
                    "the action catalogue is missing: every rule book needs an actions.csv listing its action codes"));
            return null;
        }
        try {
            return ActionCatalogue.parse(file.text());
        }
        catch (RuleBookException ex) {
            problems.addAll(ex.problems());
            return null;
        }
    }

    private static DecisionTableDrl decisionTable(RuleFile file, List<Problem> problems) {
        try {
            return DecisionTableDrl.of(file);
        }
        catch (RuntimeException ex) {
            problems.add(new Problem(file.path(), 0, 0, "this decision table cannot be read: " + rootMessage(ex)));
            return null;
        }
    }

    private static PackageDescr parse(RuleFile file, String drl, List<Problem> problems) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        try {
            PackageDescr descr = parser.parse(false, drl);
            if (parser.hasErrors()) {
                // The compiler reports the same syntax errors with better positions; let it speak.
                return null;
            }
            return descr;
        }
        catch (DroolsParserException ex) {
            problems.add(new Problem(file.path(), 0, 0, ex.getMessage()));
            return null;
        }
    }

    private static void checkActionCodes(RuleFile file, String drl, ActionCatalogue catalogue, List<Problem> problems) {
        String[] lines = drl.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher propose = PROPOSE.matcher(lines[i]);
            while (propose.find()) {
                String code = propose.group(1);
                if (!catalogue.contains(code)) {
                    List<String> near = FactNames.nearest(code, catalogue.codes());
                    problems.add(new Problem(file.path(), i + 1, propose.start(1) + 1, "unknown action code \"" + code
                            + "\"" + (near.isEmpty() ? "; the codes a rule may use are listed in actions.csv"
                                    : FactNames.didYouMean(near))));
                }
            }
        }
    }

    /**
     * A control share is a plain number from 0 up to 1, written in the rule: checked here, where the line and
     * column are known, rather than failing the nightly run when the rule first fires.
     */
    private static void checkControlShares(RuleFile file, String drl, List<Problem> problems) {
        String[] lines = drl.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher share = CONTROL_SHARE.matcher(lines[i]);
            while (share.find()) {
                String text = share.group(1).trim();
                String why = controlShareProblem(text);
                if (why != null) {
                    int column = share.start(1) + (share.group(1).length() - share.group(1).stripLeading().length());
                    problems.add(new Problem(file.path(), i + 1, column + 1, why));
                }
            }
        }
    }

    private static String controlShareProblem(String text) {
        double share;
        try {
            if (!text.matches("[0-9]*\\.?[0-9]+")) {
                throw new NumberFormatException(text);
            }
            share = Double.parseDouble(text);
        }
        catch (NumberFormatException ex) {
            return "controlShare(" + text + ") must be a plain number from 0 up to 1, such as 0.1 (10% of the customers "
                    + "the rule chooses are held out and get nothing)";
        }
        return share < 1 ? null : "controlShare(" + text + ") must be below 1: a control group of every customer "
                + "would leave nobody to send to; use 0 for no control group";
    }

    private KieBase build(KieFileSystem kfs, Map<String, TableCells> tables, List<Problem> problems) {
        ReleaseId releaseId = kie.newReleaseId("retention", "rulebook", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message message : errors) {
            // Drools adds this after the syntax error that caused it; it tells the author nothing more.
            if (errors.size() > 1 && message.getText().startsWith("Parser returned a null Package")) {
                continue;
            }
            Problem problem = toProblem(message);
            TableCells table = tables.get(problem.file());
            problems.add(table == null ? problem : table.locate(problem.line(), null, problem.message()));
        }
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieContainer container = kie.newKieContainer(releaseId, RuleBookLoader.class.getClassLoader());
        KieBase kieBase = container.getKieBase();
        // The repository would keep every version ever built; the KieBase is all a RuleBook needs.
        kie.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    static Problem toProblem(Message message) {
        String path = message.getPath() == null ? "rule book"
                : message.getPath().substring(message.getPath().lastIndexOf('/') + 1).replace('~', '/');
        if (path.endsWith(GENERATED_DRL) && new RuleFile(path.substring(0, path.length() - GENERATED_DRL.length()),
                new byte[0]).isDecisionTable()) {
            path = path.substring(0, path.length() - GENERATED_DRL.length());
        }
        String text = message.getText();
        int column = 0;
        Matcher position = LINE_COLUMN.matcher(text);
        if (position.find()) {
            column = Integer.parseInt(position.group(2)) + 1;
        }
        return new Problem(path, Math.max(message.getLine(), 0), column, DroolsMessageText.plain(text));
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
