package retention.rules.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import retention.rules.book.RuleFile;

class RuleBookValidatorTests {

    static final String CATALOGUE = """
            code,kind,cost,description
            CARE_CONTENT,MESSAGE,5,care
            WINBACK_DISCOUNT,MESSAGE,50,discount
            CALLBACK_TASK,TASK,15,call
            STOP_CONTACT,SUPPRESS,0,stop
            """;

    /** Five lines: a rule added after it starts on line 6, its condition on line 9 at column 27, its action on 11:5. */
    static final String HEADER = "package rulebook.test;\n\nimport retention.rules.facts.*;\n"
            + "import function retention.rules.book.Proposals.propose;\n\n";

    final RuleBookValidator validator = new RuleBookValidator();

    @Test
    void keepsReportingUnknownActionCodes() {
        assertThat(errors(rule("r", 0, "stage == Stage.CHURNED", "propose($c, \"WINBAK_DISCOUNT\");")))
                .containsExactly("a.drl:11:18: unknown action code \"WINBAK_DISCOUNT\"; did you mean WINBACK_DISCOUNT?");
    }

    @Test
    void namesAnUnknownChannelAndTheNearestOne() {
        assertThat(errors(rule("r", 0, "stage == Stage.CHURNED", "propose($c, \"CARE_CONTENT\").via(Channel.SMSS);")))
                .containsExactly("a.drl:11:45: unknown channel 'SMSS'; did you mean SMS?");
    }

    @Test
    void namesTheCellOfAnUnknownChannelInADecisionTable() {
        String table = """
                RuleSet,rulebook.offers,,,
                Import,"retention.rules.facts.*, function retention.rules.book.Proposals.propose",,,
                ,,,,
                RuleTable Offer matrix,,,,
                CONDITION,CONDITION,ACTION,ACTION,PRIORITY
                $c : CustomerProfile...,$c : CustomerProfile...,,,
                stage == Stage.$param,hasCause(ChurnCause.$param),"propose($c, ""$param"")",.via(Channel.$param);,
                Stage,Cause,Action,Channel,Salience
                CHURNED,PRICE_SENSITIVE,WINBACK_DISCOUNT,SMS,60
                AT_RISK,COMPETITOR_PULL,CARE_CONTENT,SMSS,50
                """;

        ValidationReport report = validator.validate("book", List.of(file("actions.csv", CATALOGUE),
                file("offers.drl.csv", table)), TemplateCheck.NONE);

        assertThat(report.errors()).extracting(Object::toString)
                .containsExactly("offers.drl.csv:10:38: unknown channel 'SMSS'; did you mean SMS?");
    }

    @Test
    void namesTheRowAndColumnOfAnUnknownChannelInASpreadsheet() throws IOException {
        String[][] rows = { { "RuleSet", "rulebook.offers" },
                { "Import", "retention.rules.facts.*, function retention.rules.book.Proposals.propose" }, {},
                { "RuleTable Offer matrix" }, { "CONDITION", "CONDITION", "ACTION", "ACTION", "PRIORITY" },
                { "$c : CustomerProfile", "" },
                { "stage == Stage.$param", "hasCause(ChurnCause.$param)", "propose($c, \"$param\")",
                        ".via(Channel.$param);" },
                { "Stage", "Cause", "Action", "Channel", "Salience" },
                { "CHURNED", "PRICE_SENSITIVE", "WINBACK_DISCOUNT", "SMS", "60" },
                { "AT_RISK", "COMPETITOR_PULL", "CARE_CONTENT", "SMSS", "50" } };

        ValidationReport report = validator.validate("book", List.of(file("actions.csv", CATALOGUE),
                new RuleFile("offers.drl.xlsx", xlsx(rows))), TemplateCheck.NONE);

        assertThat(report.errors()).extracting(Object::toString)
                .containsExactly("offers.drl.xlsx:10:4: unknown channel 'SMSS'; did you mean SMS?");
    }

    @Test
    void namesAnUnknownFactAndTheNearestOnes() {
        assertThat(errors(rule("r", 0, "recencyDay > 90", "propose($c, \"CARE_CONTENT\");")))
                .containsExactly("a.drl:9:27: unknown fact 'recencyDay'; did you mean recencyDays?");
    }

    @Test
    void findsAnUnknownFactReadInAnAction() {
        assertThat(errors(rule("r", 0, "stage == Stage.CHURNED",
                "propose($c, \"CARE_CONTENT\").because(\"quiet for \" + $c.recencyDay());")))
                .containsExactly("a.drl:11:59: unknown fact 'recencyDay'; did you mean recencyDays?");
    }

    @Test
    void refusesARuleAskingForTwoStagesAtOnce() {
        assertThat(errors(rule("r", 0, "stage == Stage.NEW && stage == Stage.CHURNED", "propose($c, \"CARE_CONTENT\");")))
                .containsExactly("a.drl:9:49: rule \"r\" can never fire: stage == Stage.NEW and stage == Stage.CHURNED "
                        + "cannot both hold");
    }

    @Test
    void refusesARuleWithContradictoryBounds() {
        assertThat(errors(rule("r", 0, "recencyDays > 90, recencyDays < 30", "propose($c, \"CARE_CONTENT\");")))
                .containsExactly("a.drl:9:45: rule \"r\" can never fire: recencyDays > 90 and recencyDays < 30 "
                        + "cannot both hold");
    }

    @Test
    void refusesABoundOutsideWhatAFactCanBe() {
        assertThat(errors(rule("r", 0, "stage == Stage.CHURNED, couponShare > 1", "propose($c, \"CARE_CONTENT\");")))
                .containsExactly("a.drl:9:51: rule \"r\" can never fire: couponShare is between 0 and 1, so "
                        + "couponShare > 1 never holds");
    }

    @Test
    void refusesACauseOnAStageThatNeverHasCauses() {
        assertThat(errors(rule("r", 0, "stage == Stage.NEW, hasCause(ChurnCause.PRICE_SENSITIVE)",
                "propose($c, \"CARE_CONTENT\");")))
                .containsExactly("a.drl:9:47: rule \"r\" can never fire: causes are detected only for AT_RISK and "
                        + "CHURNED customers, so hasCause(ChurnCause.PRICE_SENSITIVE) never holds together with "
                        + "stage == Stage.NEW");
    }

    @Test
    void acceptsBoundsThatLeaveRoomAndTestsItCannotRead() {
        assertThat(report(rule("r", 0, "stage in (Stage.AT_RISK, Stage.CHURNED), recencyDays > 30, recencyDays <= 31, "
                + "hasCause(ChurnCause.PRICE_SENSITIVE) || lastNps < 3, frequency * 2 > 100",
                "propose($c, \"CARE_CONTENT\");")).errors()).isEmpty();
    }

    @Test
    void refusesATemplateThatDoesNotExistInEveryLanguage(@TempDir Path dir) throws IOException {
        write(dir, "actions.csv", CATALOGUE);
        write(dir, "a.drl", HEADER + rule("named", 10, "stage == Stage.AT_RISK",
                "propose($c, \"CARE_CONTENT\").template(\"care\");")
                + rule("by default", 20, "stage == Stage.CHURNED", "propose($c, \"WINBACK_DISCOUNT\");")
                + rule("a task", 30, "stage == Stage.CHURNED", "propose($c, \"CALLBACK_TASK\");"));
        write(dir, "templates/care.zh-CN.txt", "亲爱的{name}");
        write(dir, "templates/care.en.txt", "Dear {name}");
        write(dir, "templates/winback-dicsount.zh-CN.txt", "x");

        ValidationReport report = validator.validate(dir);

        assertThat(report.errors()).extracting(Object::toString).containsExactly(
                "a.drl:11:43: template \"care\" is missing in zh-HK: expected templates/care.zh-HK.txt",
                "a.drl:18:18: action WINBACK_DISCOUNT has no template \"winback-discount\" (its default; name another "
                        + "with .template(\"...\")): expected templates/winback-discount.zh-CN.txt, "
                        + "templates/winback-discount.zh-HK.txt, templates/winback-discount.en.txt; "
                        + "did you mean winback-dicsount?");
    }

    @Test
    void refusesAnUnknownVariableInsideATemplateFileWithItsLineAndColumn(@TempDir Path dir) throws IOException {
        write(dir, "actions.csv", CATALOGUE);
        write(dir, "a.drl", HEADER + rule("r", 0, "stage == Stage.AT_RISK", "propose($c, \"CARE_CONTENT\");"));
        write(dir, "templates/care-content.zh-CN.txt", "subject: 您好\n\n{{salutation}}！{{offer}}");
        write(dir, "templates/care-content.zh-HK.txt", "subject: 你好\n\n{{salutation}}！{{offer}}");
        write(dir, "templates/care-content.en.txt", "subject: Hello\n\n{{salutation}}, {{ofer}}.");

        assertThat(validator.validate(dir).errors()).extracting(Object::toString).singleElement().asString()
                .startsWith("templates/care-content.en.txt:3:17: unknown variable {{ofer}}");
    }

    @Test
    void checksNoTemplateWithoutATemplatesFolder(@TempDir Path dir) throws IOException {
        write(dir, "actions.csv", CATALOGUE);
        write(dir, "a.drl", HEADER + rule("r", 0, "stage == Stage.AT_RISK", "propose($c, \"CARE_CONTENT\").template(\"x\");"));

        assertThat(validator.validate(dir).errors()).isEmpty();
    }

    @Test
    void passesTheTemplateEnginesOwnCheckEveryUse(@TempDir Path dir) throws IOException {
        write(dir, "actions.csv", CATALOGUE);
        write(dir, "a.drl", HEADER + rule("r", 0, "stage == Stage.AT_RISK", "propose($c, \"CARE_CONTENT\").offer(\"10 off\").template(\"x\");"));
        List<TemplateUse> seen = new ArrayList<>();

        ValidationReport report = validator.validate(dir, use -> {
            seen.add(use);
            return List.of("template \"" + use.template() + "\" uses the unknown variable {coupon}");
        });

        assertThat(seen).containsExactly(new TemplateUse("x", true, "CARE_CONTENT", "r", "10 off"));
        assertThat(report.errors()).extracting(Object::toString)
                .containsExactly("a.drl:11:59: template \"x\" uses the unknown variable {coupon}");
    }

    @Test
    void warnsAboutStageAndCauseCombinationsNoRuleServes() {
        ValidationReport report = report(rule("care", 10, "stage == Stage.AT_RISK", "propose($c, \"CARE_CONTENT\");")
                + rule("win back", 20, "stage == Stage.CHURNED, !hasCause(ChurnCause.COMPETITOR_PULL)",
                        "propose($c, \"WINBACK_DISCOUNT\");")
                + rule("stop", 90, "stage == Stage.CHURNED", "propose($c, \"STOP_CONTACT\");"));

        assertThat(report.errors()).isEmpty();
        assertThat(report.findings()).extracting(Object::toString).containsExactly("book:0:0: warning: no rule "
                + "proposes a message or task for a customer whose only churn cause is the one named, in these "
                + "stage × cause combinations: CHURNED × COMPETITOR_PULL");
        assertThat(report.passes(false)).isTrue();
        assertThat(report.passes(true)).isFalse();
    }

    @Test
    void warnsAboutTwoRulesThatAlwaysConflictNamingBothLines() {
        ValidationReport report = report(rule("care", 50, "stage == Stage.AT_RISK, complaints90d > 0",
                "propose($c, \"CARE_CONTENT\");")
                + rule("discount", 50, "stage == Stage.AT_RISK", "propose($c, \"WINBACK_DISCOUNT\");"));

        assertThat(report.findings()).extracting(Object::toString).contains("a.drl:6:1: warning: rules \"care\" (a.drl:6) and "
                + "\"discount\" (a.drl:13) always conflict: whenever \"care\" fires, \"discount\" fires too, and both "
                + "propose a message on the customer's preferred channel with salience 50 (CARE_CONTENT and "
                + "WINBACK_DISCOUNT), so the rule whose name sorts first always goes ahead (\"care\"); give the one you mean "
                + "a higher salience");
    }

    @Test
    void warnsAboutTwoRulesOfTheSameGroupWithTheSameSalience() {
        ValidationReport report = report(rule("call", 50, "stage == Stage.CHURNED",
                "propose($c, \"CALLBACK_TASK\").group(\"winback\");")
                + rule("discount", 50, "stage == Stage.CHURNED, recencyDays > 100",
                        "propose($c, \"WINBACK_DISCOUNT\").via(Channel.SMS).group(\"winback\");"));

        assertThat(report.findings()).extracting(Object::toString).anySatisfy(w -> assertThat(w)
                .startsWith("a.drl:13:1: warning: rules \"discount\" (a.drl:13) and \"call\" (a.drl:6) always conflict: "
                        + "whenever \"discount\" fires, \"call\" fires too, and both propose in group \"winback\""));
    }

    @Test
    void doesNotWarnWhenPrioritiesChannelsOrConditionsTellRulesApart() {
        String rules = rule("care", 60, "stage == Stage.AT_RISK, complaints90d > 0", "propose($c, \"CARE_CONTENT\");")
                + rule("discount", 50, "stage == Stage.AT_RISK", "propose($c, \"WINBACK_DISCOUNT\");")
                + rule("sms", 40, "stage == Stage.CHURNED", "propose($c, \"CARE_CONTENT\").via(Channel.SMS);")
                + rule("email", 40, "stage == Stage.CHURNED", "propose($c, \"WINBACK_DISCOUNT\").via(Channel.EMAIL);")
                + rule("high", 30, "stage == Stage.LOYAL, frequency > 3", "propose($c, \"CARE_CONTENT\");")
                + rule("low", 30, "stage == Stage.LOYAL, frequency < 10", "propose($c, \"WINBACK_DISCOUNT\");");

        assertThat(report(rules).findings()).extracting(Object::toString).noneMatch(f -> f.contains("conflict"));
    }

    @Test
    void validatesTheDefaultRuleBookWithoutErrors() {
        ValidationReport report = validator.validate(Path.of("rulebook"));

        assertThat(report.errors()).isEmpty();
        assertThat(report.book()).isPresent();
    }

    private List<String> errors(String rules) {
        return report(rules).errors().stream().map(Object::toString).toList();
    }

    private ValidationReport report(String rules) {
        return validator.validate("book", List.of(file("actions.csv", CATALOGUE), file("a.drl", HEADER + rules)),
                TemplateCheck.NONE);
    }

    /** A rule of seven lines: name, salience, when, the pattern, then, the action, end. */
    static String rule(String name, int salience, String condition, String action) {
        return "rule \"" + name + "\"\n    salience " + salience + "\nwhen\n    $c : CustomerProfile( " + condition
                + " )\nthen\n    " + action + "\nend\n";
    }

    static byte[] xlsx(String[][] rows) throws IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var bytes = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Offers");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            // One pattern over both condition columns: a merged region in a spreadsheet (STACK.md).
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(5, 5, 0, 1));
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    static RuleFile file(String path, String text) {
        return new RuleFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path dir, String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }
}
