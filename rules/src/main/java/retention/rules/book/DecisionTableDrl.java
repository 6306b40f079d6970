package retention.rules.book;

import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * The DRL a decision table generates, with the way back from a line of that DRL to the table row it came from.
 * A business user edits cells, never the generated text, so a problem found in the DRL is reported at the row:
 * {@code offers.drl.xlsx:23:0: ...} is row 23 of the sheet (the line of a CSV table).
 */
final class DecisionTableDrl {

    /** Drools writes {@code // rule values at A23, header at A5} above each rule it generates from a row. */
    private static final Pattern ROW_COMMENT = Pattern.compile("^\\s*// rule values at [A-Z]+(\\d+),");

    private final String path;
    private final String drl;
    private final int[] rowOfLine;

    private DecisionTableDrl(String path, String drl) {
        this.path = path;
        this.drl = drl;
        String[] lines = drl.split("\r?\n", -1);
        this.rowOfLine = new int[lines.length + 1];
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher comment = ROW_COMMENT.matcher(lines[i]);
            if (comment.find()) {
                row = Integer.parseInt(comment.group(1));
            }
            rowOfLine[i + 1] = row;
        }
    }

    /**
     * Generates the DRL of a decision table ({@code *.drl.csv}, {@code *.drl.xls}, {@code *.drl.xlsx}).
     *
     * @throws RuntimeException when the table cannot be read
     */
    static DecisionTableDrl of(RuleFile file) {
        InputType type = file.path().endsWith(".csv") ? InputType.CSV : InputType.XLS;
        String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), type);
        return new DecisionTableDrl(file.path(), drl);
    }

    String drl() {
        return drl;
    }

    /** The table row a line of the generated DRL comes from; 0 for lines outside the rule rows (imports). */
    int rowOf(int drlLine) {
        return drlLine > 0 && drlLine < rowOfLine.length ? rowOfLine[drlLine] : 0;
    }

    /** A problem found at a line of the generated DRL, moved to the table row it comes from. */
    Problem locate(Problem problem) {
        if (!problem.file().equals(path) || problem.line() <= 0) {
            return problem;
        }
        return new Problem(path, rowOf(problem.line()), 0, problem.message());
    }
}
