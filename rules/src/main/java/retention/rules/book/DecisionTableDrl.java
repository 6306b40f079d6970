package retention.rules.book;

import java.io.ByteArrayInputStream;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * The DRL a decision table generates: checked by the sandbox and compiled as such, so what runs is what was checked.
 * {@link TableCells} maps a problem in it back to the table's row and cell.
 */
final class DecisionTableDrl {

    private final String drl;

    private DecisionTableDrl(String drl) {
        this.drl = drl;
    }

    /**
     * Generates the DRL of a decision table ({@code *.drl.csv}, {@code *.drl.xls}, {@code *.drl.xlsx}).
     *
     * @throws RuntimeException when the table cannot be read
     */
    static DecisionTableDrl of(RuleFile file) {
        InputType type = file.path().endsWith(".csv") ? InputType.CSV : InputType.XLS;
        String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), type);
        return new DecisionTableDrl(drl);
    }

    String drl() {
        return drl;
    }
}
