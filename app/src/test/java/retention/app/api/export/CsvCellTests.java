package retention.app.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTests {

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        assertThat(ExportWriter.Csv.cell("a,b", false)).isEqualTo("\"a,b\"");
        assertThat(ExportWriter.Csv.cell("say \"hi\"", false)).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ExportWriter.Csv.cell("two\nlines", false)).isEqualTo("\"two\nlines\"");
        assertThat(ExportWriter.Csv.cell("plain", true)).isEqualTo("plain");
    }

    @Test
    void defusesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(ExportWriter.Csv.cell("=1+1", true)).isEqualTo("'=1+1");
        assertThat(ExportWriter.Csv.cell("@SUM(A1)", true)).isEqualTo("'@SUM(A1)");
        assertThat(ExportWriter.Csv.cell("-5", false)).isEqualTo("-5");
    }
}
