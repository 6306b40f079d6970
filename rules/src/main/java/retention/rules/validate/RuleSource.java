package retention.rules.validate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

import retention.rules.book.Problem;
import retention.rules.book.RuleFile;
import retention.rules.book.TableCells;

/**
 * One rule file as DRL text, parsed, with the way back from a place in the DRL to the place its author sees: the
 * line and column of a DRL file, or the row and cell of a decision table.
 */
final class RuleSource {

    private final String path;
    private final String drl;
    private final PackageDescr parsed;
    private final TableCells table;
    private final int[] lineStarts;

    private RuleSource(String path, String drl, PackageDescr parsed, TableCells table) {
        this.path = path;
        this.drl = drl;
        this.parsed = parsed;
        this.table = table;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < drl.length(); i++) {
            if (drl.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The rule file read as DRL; null when it is no rule file or does not parse (the loader reports that). */
    static RuleSource of(RuleFile file) {
        String path = file.path();
        boolean table = path.endsWith(".drl.csv") || path.endsWith(".drl.xls") || path.endsWith(".drl.xlsx");
        if (!path.endsWith(".drl") && !table) {
            return null;
        }
        try {
            String drl = table ? new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()),
                    path.endsWith(".csv") ? InputType.CSV : InputType.XLS) : file.text();
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr parsed = parser.parse(false, drl);
            return parser.hasErrors() ? null : new RuleSource(path, drl, parsed, table ? TableCells.of(file, drl) : null);
        }
        catch (DroolsParserException | RuntimeException ex) {
            return null;
        }
    }

    String path() {
        return path;
    }

    String drl() {
        return drl;
    }

    List<RuleDescr> rules() {
        return parsed.getRules();
    }

    /** A problem at a place in the DRL; for a table, at the cell of the rule's row that holds {@code hint}. */
    Problem at(int offset, String hint, String message) {
        int line = line(offset);
        if (table != null) {
            return table.locate(line, hint, message);
        }
        return new Problem(path, line, offset - lineStarts[line - 1] + 1, message);
    }

    /** A problem at the start of a rule, or its table row. */
    Problem at(RuleDescr rule, String message) {
        if (table != null) {
            return table.locate(rule.getLine() + 1, null, message);
        }
        return new Problem(path, rule.getLine(), rule.getColumn() + 1, message);
    }

    /** Where a rule is, for naming it in another rule's message: {@code file:line}. */
    String where(RuleDescr rule) {
        return at(rule, "").file() + ":" + at(rule, "").line();
    }

    private int line(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            }
            else {
                high = mid - 1;
            }
        }
        return low + 1;
    }
}
