package retention.batch.features.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFileTests {

    private static final String HEADER = "ID,x,t_x,T,zbar\n";

    @TempDir
    Path directory;

    @Test
    void readsEveryCustomerOfTheCdnowSample() {
        List<CustomerSummary> customers = CdnowSample.customers();

        assertThat(customers).hasSize(2357);
        assertThat(customers.get(0)).isEqualTo(new CustomerSummary("1", new CustomerHistory(2, 30.43, 38.86), 22.35));
        assertThat(customers.stream().filter(c -> c.history().x() > 0)).hasSize(946);
    }

    @Test
    void ignoresBlankLinesAndAByteOrderMark() throws IOException {
        Path file = write("\uFEFF" + HEADER + "1,0,0,38.86,0\n\n2,1,1.71,38.86,11.77\n");

        assertThat(SummaryFile.read(file)).extracting(CustomerSummary::id).containsExactly("1", "2");
    }

    @Test
    void rejectsANonNumericFieldNamingFileLineAndColumn() throws IOException {
        Path file = write(HEADER + "1,0,0,38.86,0\n2,abc,1.71,38.86,11.77\n");

        assertThatIllegalArgumentException().isThrownBy(() -> SummaryFile.read(file))
                .withMessage(file + ":3: column 'x' is not a number: 'abc'");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfColumns() throws IOException {
        Path file = write(HEADER + "1,0,0,38.86\n");

        assertThatIllegalArgumentException().isThrownBy(() -> SummaryFile.read(file))
                .withMessage(file + ":2: expected 5 columns (ID,x,t_x,T,zbar) but found 4");
    }

    @Test
    void rejectsAnUnexpectedHeader() throws IOException {
        Path file = write("id,frequency,recency,T,monetary\n1,0,0,38.86,0\n");

        assertThatIllegalArgumentException().isThrownBy(() -> SummaryFile.read(file))
                .withMessageStartingWith(file + ":1: expected header 'ID,x,t_x,T,zbar'");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path file = write("");

        assertThatIllegalArgumentException().isThrownBy(() -> SummaryFile.read(file))
                .withMessageStartingWith(file + ": file is empty");
    }

    @Test
    void rejectsValuesTheModelsCannotDescribe() throws IOException {
        assertRejected("1,1.5,1,2,3\n", ":2: column 'x' must be a whole number >= 0: '1.5'");
        assertRejected("1,-1,1,2,3\n", ":2: column 'x' must be >= 0: '-1'");
        assertRejected("1,1,5,2,3\n", ":2: column 't_x' must not exceed T (2): '5'");
        assertRejected("1,1,1,2,0\n", ":2: column 'zbar' must be > 0 when x > 0: '0'");
        assertRejected("1,1,1,NaN,3\n", ":2: column 'T' must be finite: 'NaN'");
        assertRejected(",1,1,2,3\n", ":2: column 'ID' is empty");
    }

    @Test
    void rejectsADuplicateId() throws IOException {
        assertRejected("7,0,0,38.86,0\n7,1,1,38.86,3\n", ":3: column 'ID' repeats '7' first seen on line 2");
    }

    private void assertRejected(String rows, String messageAfterFileName) throws IOException {
        Path file = write(HEADER + rows);

        assertThatIllegalArgumentException().isThrownBy(() -> SummaryFile.read(file))
                .withMessage(file + messageAfterFileName);
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(directory, "summary", ".csv");
        return Files.writeString(file, content);
    }
}
