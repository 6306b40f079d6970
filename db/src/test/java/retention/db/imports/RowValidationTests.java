package retention.db.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Header and row checks of each file, as the messages a user reads: file:line:column: field: problem. */
class RowValidationTests {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 0, 0);
    private static final String ORDERS = "external_id,customer_id,placed_at,status,amount,discount,refund_amount\n";
    private static final String INTERACTIONS = "external_id,customer_id,kind,score,opened_at,resolved_at\n";

    @Test
    void acceptsAGoodRowWithDefaultsForColumnsLeftOut() {
        List<String> problems = new ArrayList<>();
        List<ParsedRow> rows = rows(ImportFile.ORDERS, "external_id,customer_id,placed_at,status,amount\n"
                + "A-1,7,2026-11-01T10:00:00Z,paid,10.5\n", problems);

        assertThat(problems).isEmpty();
        assertThat(rows.get(0).values()).containsExactly("A-1", 7L, LocalDateTime.of(2026, 11, 1, 10, 0), "PAID",
                new java.math.BigDecimal("10.5"), new java.math.BigDecimal("0.00"), new java.math.BigDecimal("0.00"),
                null, null);
    }

    @Test
    void refusesAHeaderWithoutARequiredColumn() {
        assertThat(problems(ImportFile.ORDERS, "external_id,customer_id,status\n"))
                .containsExactly("orders.csv:1: the header lacks the required columns placed_at, amount");
    }

    @Test
    void refusesAnUnknownColumnAndSuggestsTheNameMeant() {
        assertThat(problems(ImportFile.CUSTOMERS, "id,name,languge,time_zone,registered_at,vip\n")).containsExactly(
                "customers.csv:1:3: languge: unknown column (did you mean language?); customers.csv has id, name, "
                        + "title, email, phone, wechat_openid, push_token, language, time_zone, city, consent_sms, "
                        + "consent_email, consent_wechat, consent_push, do_not_contact, registered_at",
                "customers.csv:1:6: vip: unknown column; customers.csv has id, name, title, email, phone, "
                        + "wechat_openid, push_token, language, time_zone, city, consent_sms, consent_email, "
                        + "consent_wechat, consent_push, do_not_contact, registered_at",
                "customers.csv:1: the header lacks the required column language");
    }

    @Test
    void refusesAColumnNamedTwiceAndAnEmptyHeaderCell() {
        assertThat(problems(ImportFile.SITE_VISITS, "external_id,customer_id,visited_at,outcome,,Outcome\n"))
                .containsExactly("site_visits.csv:1:5: the header names no column here",
                        "site_visits.csv:1:6: outcome: the column is named twice (also column 4)");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(problems(ImportFile.CONTACTS, "")).singleElement().asString()
                .startsWith("contacts.csv: the file is empty; its first line must name the columns: external_id,");
    }

    @Test
    void refusesARowWithTheWrongNumberOfFields() {
        assertThat(problems(ImportFile.ORDERS, ORDERS + "A-1,7,2026-11-01T10:00:00Z,PAID,10,0,0,extra\n"))
                .containsExactly("orders.csv:2: the row has 8 fields but the header 7; quote a field that holds a "
                        + "comma");
    }

    @Test
    void namesEveryBadFieldOfARowWithItsColumn() {
        assertThat(problems(ImportFile.ORDERS, ORDERS + "\n,x,2027-01-01T00:00:00Z,SHIPPED,12.345,-1,\n"))
                .containsExactly("orders.csv:3:1: external_id: is required",
                        "orders.csv:3:2: customer_id: 'x' is not an id; write digits only",
                        "orders.csv:3:3: placed_at: '2027-01-01T00:00:00Z' is in the future (it is now "
                                + "2026-11-20T00:00:00Z)",
                        "orders.csv:3:4: status: 'SHIPPED' is not one of PAID, REFUNDED, CANCELLED",
                        "orders.csv:3:5: amount: '12.345' has more than 2 decimals",
                        "orders.csv:3:6: discount: '-1' is negative; amounts are 0 or more");
    }

    @Test
    void refusesARefundLargerThanTheAmountPaid() {
        assertThat(problems(ImportFile.ORDERS, ORDERS + "A-1,7,2026-11-01T10:00:00Z,REFUNDED,10.00,0,12.50\n"))
                .containsExactly("orders.csv:2:7: refund_amount: 12.50 is more than the amount paid, 10.00");
    }

    @Test
    void checksScoresByKind() {
        assertThat(problems(ImportFile.INTERACTIONS, INTERACTIONS
                + "I-1,7,NPS_SURVEY,11,2026-11-01T10:00:00Z,\n"
                + "I-2,7,REVIEW,0,2026-11-01T10:00:00Z,\n"
                + "I-3,7,COMPLAINT,3,2026-11-01T10:00:00Z,\n"
                + "I-4,7,NPS_SURVEY,0,2026-11-01T10:00:00Z,\n"
                + "I-5,7,REVIEW,5,2026-11-01T10:00:00Z,\n"
                + "I-6,7,CHAT,,2026-11-01T10:00:00Z,\n")).containsExactly(
                        "interactions.csv:2:4: score: '11' is out of range; an NPS score is 0 to 10",
                        "interactions.csv:3:4: score: '0' is out of range; a review scores 1 to 5 stars",
                        "interactions.csv:4:4: score: a COMPLAINT has no score; leave it empty (only NPS_SURVEY and "
                                + "REVIEW rows are scored)",
                        "interactions.csv:7:3: kind: 'CHAT' is not one of INQUIRY, COMPLAINT, TICKET, NPS_SURVEY, "
                                + "REVIEW");
    }

    @Test
    void refusesAnEndBeforeItsStart() {
        assertThat(problems(ImportFile.INTERACTIONS, INTERACTIONS
                + "I-1,7,TICKET,,2026-11-02T10:00:00+08:00,2026-11-02T01:59:00Z\n")).containsExactly(
                        "interactions.csv:2:6: resolved_at: 2026-11-02T01:59:00Z is before opened_at, "
                                + "2026-11-02T02:00:00Z");
        assertThat(problems(ImportFile.CONTACTS, "external_id,customer_id,channel,sent_at,answered_at\n"
                + "M-1,7,sms,2026-11-02T10:00:00Z,2026-11-01T10:00:00Z\n")).containsExactly(
                        "contacts.csv:2:5: answered_at: 2026-11-01T10:00:00Z is before sent_at, 2026-11-02T10:00:00Z");
    }

    @Test
    void checksCustomerFields() {
        assertThat(problems(ImportFile.CUSTOMERS, "id,name,language,time_zone,registered_at,consent_sms,email\n"
                + "1,张伟,zh-TW,Asia/Peking,2026-01-01,maybe,zhang@\n")).containsExactly(
                        "customers.csv:2:3: language: 'zh-TW' is not a language the product knows; use one of zh-CN, "
                                + "zh-HK, en",
                        "customers.csv:2:4: time_zone: 'Asia/Peking' is not a time zone; use a name such as "
                                + "Asia/Shanghai or Asia/Hong_Kong",
                        "customers.csv:2:6: consent_sms: 'maybe' is not a yes/no value; write true, false, 1, 0, yes "
                                + "or no",
                        "customers.csv:2:7: email: 'zhang@' is not an e-mail address");
    }

    @Test
    void reportsBrokenTextAtTheLineAndFieldItIsOn() {
        byte[] bytes = ("external_id,customer_id,kind,opened_at,note\nI-1,7,INQUIRY,2026-11-01,\"two\nlines \u00ff\"\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problems(ImportFile.INTERACTIONS, bytes))
                .containsExactly("interactions.csv:3:5: note: the text is not valid UTF-8; save the file as UTF-8");
    }

    private static List<String> problems(ImportFile file, String text) {
        return problems(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(ImportFile file, byte[] bytes) {
        List<String> problems = new ArrayList<>();
        rows(file, bytes, problems);
        return problems;
    }

    private static List<ParsedRow> rows(ImportFile file, String text, List<String> problems) {
        return rows(file, text.getBytes(StandardCharsets.UTF_8), problems);
    }

    private static List<ParsedRow> rows(ImportFile file, byte[] bytes, List<String> problems) {
        try {
            Problems sink = new Problems(100, problem -> problems.add(problem.toString()));
            CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes));
            Header header = Header.read(file, file.fileName(), reader.next(), sink);
            List<ParsedRow> rows = new ArrayList<>();
            for (CsvRecord record = header == null ? null : reader.next(); record != null; record = reader.next()) {
                ParsedRow row = header.parse(record, NOW);
                row.problems().forEach(sink::add);
                rows.add(row);
            }
            return rows;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
