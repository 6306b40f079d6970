package retention.rules.sandbox;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

import retention.rules.book.Problem;
import retention.rules.book.RuleFile;

/**
 * Refuses rule files that reach beyond the customer facts and {@code propose(...)}, before anything is compiled
 * or run. Drools 10 has no sandbox of its own: a rule file could otherwise call any Java code, in its
 * conditions, its consequences, its functions, or its attributes. Every problem names its file, line and column.
 */
public final class Sandbox {

    private static final Sandbox STANDARD = new Sandbox();

    private Sandbox() {
    }

    /** The sandbox with the product's allow-list: the fact model, its helper methods and propose(...). */
    public static Sandbox standard() {
        return STANDARD;
    }

    /**
     * Checks a rule book file: a DRL file, or a decision table through the DRL it generates. Other files
     * (actions.csv) hold no code and pass.
     */
    public List<Problem> check(RuleFile file) {
        String path = file.path();
        if (path.endsWith(".drl")) {
            return checkDrl(path, file.text());
        }
        boolean csv = path.endsWith(".drl.csv");
        if (csv || path.endsWith(".drl.xls") || path.endsWith(".drl.xlsx")) {
            String drl;
            try {
                drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()),
                        csv ? InputType.CSV : InputType.XLS);
            }
            catch (RuntimeException ex) {
                return List.of(); // the loader reports a table it cannot read; nothing of it is compiled
            }
            return checkDrl(path, drl);
        }
        return List.of();
    }

    /**
     * Checks DRL text. Returns no problems when the text does not parse: the compiler reports the syntax error
     * and refuses the file. Never throws; a file it fails to check is refused.
     */
    public List<Problem> checkDrl(String path, String drlText) {
        if (drlText == null || drlText.isBlank()) {
            return List.of();
        }
        PackageDescr parsed = parse(drlText);
        if (parsed == null) {
            return List.of();
        }
        Findings findings = new Findings(path, new SourceText(drlText));
        try {
            new DrlChecker(findings).check(parsed);
        }
        catch (RuntimeException | StackOverflowError ex) {
            findings.at(0, 0, "the sandbox could not check this file (" + ex.getClass().getSimpleName()
                    + "); it is refused until it can be checked");
        }
        return findings.sorted();
    }

    private static PackageDescr parse(String drlText) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        try {
            PackageDescr parsed = parser.parse(false, drlText);
            return parser.hasErrors() ? null : parsed;
        }
        catch (DroolsParserException | RuntimeException ex) {
            return null;
        }
    }
}
