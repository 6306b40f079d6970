package retention.db.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTests {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = read("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,,\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 5L);
        assertThat(records.get(1).fields()).containsExactly("1", "x, y", "say \"hi\"");
        assertThat(records.get(2).fields()).containsExactly("2", "two\nlines", "z");
        assertThat(records.get(3).fields()).containsExactly("3", "", "");
        assertThat(records).allSatisfy(record -> assertThat(record.flaw()).isNull());
    }

    @Test
    void countsCrLfAndLoneCrAsOneLineBreakAndSkipsBlankLines() throws IOException {
        List<CsvRecord> records = read("a,b\r\n1,2\r\n\r\n3,4\r5,6");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L, 5L);
        assertThat(records.get(3).fields()).containsExactly("5", "6");
    }

    @Test
    void ignoresAByteOrderMark() throws IOException {
        assertThat(read("\uFEFFid,name\n").get(0).fields()).containsExactly("id", "name");
    }

    @Test
    void flagsBrokenUtf8WithItsLineAndFieldAndReadsOn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a,b\n1,ok\n2,caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\n3,\u00e9t\u00e9\n".getBytes(StandardCharsets.UTF_8));

        List<CsvRecord> records = read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(records.get(2).flaw()).isEqualTo(new CsvRecord.Flaw(3, 1,
                "the text is not valid UTF-8; save the file as UTF-8"));
        assertThat(records.get(2).fields()).containsExactly("2", "caf\uFFFD");
        assertThat(records.get(3).flaw()).isNull();
        assertThat(records.get(3).fields()).containsExactly("3", "\u00e9t\u00e9");
    }

    @Test
    void flagsABrokenSequenceCutByTheEndOfTheFile() throws IOException {
        byte[] truncated = { 'a', '\n', 'x', (byte) 0xE4, (byte) 0xB8 };

        List<CsvRecord> records = read(new ByteArrayInputStream(truncated));

        assertThat(records.get(1).flaw().line()).isEqualTo(2);
        assertThat(records.get(1).flaw().message()).contains("not valid UTF-8");
    }

    @Test
    void flagsBrokenBytesFarIntoALargeFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < 20_000; i++) {
            bytes.writeBytes(("张伟" + i + ",x\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.write(0xFF);
        bytes.writeBytes(",y\n".getBytes(StandardCharsets.UTF_8));

        List<CsvRecord> records = read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(records).hasSize(20_001);
        assertThat(records.stream().filter(r -> r.flaw() != null)).singleElement()
                .satisfies(r -> assertThat(r.flaw()).isEqualTo(new CsvRecord.Flaw(20_001, 0,
                        "the text is not valid UTF-8; save the file as UTF-8")));
    }

    @Test
    void flagsTextAfterAClosingQuote() throws IOException {
        CsvRecord record = read("a,b\n1,\"x\"y\n").get(1);

        assertThat(record.flaw()).isEqualTo(new CsvRecord.Flaw(2, 1,
                "text after the closing quote; write a quote inside a quoted field as two quotes (\"\")"));
    }

    @Test
    void flagsAQuoteNeverClosedWithTheLineItOpenedOn() throws IOException {
        List<CsvRecord> records = read("a,b\n1,\"open\n2,x\n3,y\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).flaw()).isEqualTo(new CsvRecord.Flaw(2, 1,
                "the quote opened on line 2 is never closed"));
    }

    @Test
    void cutsAnOverlongFieldInsteadOfHoldingItAll() throws IOException {
        CsvRecord record = read("a\n\"" + "x".repeat(CsvReader.MAX_FIELD + 500) + "\"\n").get(1);

        assertThat(record.fields().get(0)).hasSize(CsvReader.MAX_FIELD + 1);
        assertThat(record.flaw().message()).contains("longer than 100000 characters");
    }

    private static List<CsvRecord> read(String text) throws IOException {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<CsvRecord> read(InputStream in) throws IOException {
        CsvReader reader = new CsvReader(in);
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }
}
