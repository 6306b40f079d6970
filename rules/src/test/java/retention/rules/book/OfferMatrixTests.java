package retention.rules.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import retention.rules.facts.ChurnCause;
import retention.rules.facts.CustomerProfile;
import retention.rules.facts.RfmSegment;
import retention.rules.facts.Stage;

/**
 * The offer matrix ships as a spreadsheet (rulebook/offers.drl.xlsx, the live one) and as its CSV twin
 * (docs/examples/offers.drl.csv); both must make the same decisions, and a mistake in either is reported at its row.
 */
class OfferMatrixTests {

    static final Path BOOK = Path.of("rulebook");
    static final Path XLSX = BOOK.resolve("offers.drl.xlsx");
    static final Path CSV = Path.of("../docs/examples/offers.drl.csv");

    static List<RuleFile> withSpreadsheet;
    static List<RuleFile> withCsv;

    @BeforeAll
    static void read() throws IOException {
        withSpreadsheet = RuleBookFolder.read(BOOK);
        withCsv = new ArrayList<>(withSpreadsheet.stream().filter(f -> !f.path().equals("offers.drl.xlsx")).toList());
        withCsv.add(new RuleFile("offers.drl.csv", Files.readAllBytes(CSV)));
    }

    @Test
    void compilesTheSpreadsheetAndItsCsvTwinToTheSameRulesAndDecisions() {
        RuleBook spreadsheet = new RuleBookLoader().compile(withSpreadsheet);
        RuleBook csv = new RuleBookLoader().compile(withCsv);
        List<CustomerProfile> customers = everyStageCauseAndSegment();

        assertThat(csv.ruleNames()).containsExactlyInAnyOrderElementsOf(spreadsheet.ruleNames());
        List<Proposal> fromSpreadsheet = spreadsheet.evaluate(customers);
        assertThat(fromSpreadsheet).extracting(Proposal::ruleName).contains("Churned, price-sensitive: exclusive comeback discount",
                "At risk in the cannot-lose segment: a call from the VIP service line");
        assertThat(csv.evaluate(customers)).containsExactlyInAnyOrderElementsOf(fromSpreadsheet);
    }

    @Test
    void keepsOneSheetWithAPlainLanguageHeaderRow() throws IOException {
        try (InputStream in = Files.newInputStream(XLSX); Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Offer matrix");
            int header = DecisionTableWorkbook.headerRow(Files.readAllLines(CSV, StandardCharsets.UTF_8));
            List<String> titles = new ArrayList<>();
            sheet.getRow(header).forEach(cell -> titles.add(cell.getStringCellValue()));
            assertThat(titles).startsWith("Rule (stored with every action it makes)", "Priority (higher wins)", "Stage",
                    "RFM segment", "Churn cause").allSatisfy(t -> assertThat(t).doesNotContain("$"));
            Row firstRule = sheet.getRow(header + 1);
            assertThat(firstRule.getCell(1).getNumericCellValue()).isEqualTo(60);
        }
    }

    @Test
    void namesTheRowOfAWrongValueInACsvTable() throws IOException {
        String table = Files.readString(CSV).replace(",58,AT_RISK,", ",58,AT_RISKY,");

        assertThatThrownBy(() -> new RuleBookLoader().compile(List.of(catalogue(),
                new RuleFile("offers.drl.csv", table.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(RuleBookException.class, ex -> assertThat(ex.problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).startsWith("offers.drl.csv:" + rowOf(table, ",58,") + ":")
                                .contains("AT_RISKY").contains("did you mean AT_RISK")));
    }

    @Test
    void namesTheRowOfAnUnknownActionCodeInASpreadsheet(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("offers.drl.csv"),
                Files.readString(CSV).replace(",EXCLUSIVE_BUNDLE,,limited", ",EXCLUSIVE_BUNDL,,limited"));
        Path xlsx = dir.resolve("offers.drl.xlsx");
        DecisionTableWorkbook.write(csv, xlsx);
        List<RuleFile> files = List.of(catalogue(), new RuleFile("offers.drl.xlsx", Files.readAllBytes(xlsx)));
        int row = rowOf(Files.readString(csv), "EXCLUSIVE_BUNDL,");

        assertThatThrownBy(() -> new RuleBookLoader().compile(files))
                .isInstanceOfSatisfying(RuleBookException.class, ex -> assertThat(ex.problems()).singleElement()
                        .hasToString("offers.drl.xlsx:" + row
                                + ":7: unknown action code \"EXCLUSIVE_BUNDL\"; did you mean EXCLUSIVE_BUNDLE?"));
    }

    @Test
    void namesTheRowOfACompileErrorInATable() throws IOException {
        String table = Files.readString(CSV).replace(",51,AT_RISK,,NEEDS_CHANGED,7,", ",51,AT_RISK,,NEEDS_CHANGED,soon,");

        assertThatThrownBy(() -> new RuleBookLoader().compile(List.of(catalogue(),
                new RuleFile("offers.drl.csv", table.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(RuleBookException.class, ex -> assertThat(ex.problems())
                        .allSatisfy(p -> assertThat(p.toString()).startsWith("offers.drl.csv:" + rowOf(table, ",soon,")
                                + ":")));
    }

    private static int rowOf(String table, String text) {
        List<String> lines = table.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the table");
    }

    private static RuleFile catalogue() {
        return withSpreadsheet.stream().filter(f -> f.path().equals("actions.csv")).findFirst().orElseThrow();
    }

    private static List<CustomerProfile> everyStageCauseAndSegment() {
        List<CustomerProfile> customers = new ArrayList<>();
        long id = 1;
        for (Stage stage : Stage.values()) {
            for (RfmSegment segment : List.of(RfmSegment.NONE, RfmSegment.CANNOT_LOSE, RfmSegment.AT_RISK)) {
                for (int days : List.of(5, 10, 20)) {
                    for (ChurnCause cause : ChurnCause.values()) {
                        customers.add(CustomerProfile.builder(id++).stage(stage).rfmSegment(segment)
                                .recencyDays(120).daysSinceLastContact(days).cause(cause, 0.8, false, "evidence").build());
                    }
                    customers.add(CustomerProfile.builder(id++).stage(stage).rfmSegment(segment).recencyDays(120)
                            .daysSinceLastContact(days).build());
                }
            }
        }
        return customers;
    }
}
