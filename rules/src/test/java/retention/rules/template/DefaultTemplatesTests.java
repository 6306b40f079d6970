package retention.rules.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import retention.rules.book.ActionCatalogue;
import retention.rules.book.ActionDefinition;
import retention.rules.book.ActionKind;
import retention.rules.validate.RuleBookValidator;
import retention.rules.validate.ValidationReport;

/**
 * The default rule book's templates: every action that sends something and every template a rule names exists in
 * every language, and the files have no problems. Fails when a new action code arrives without its templates.
 */
class DefaultTemplatesTests {

    static final Path BOOK = Path.of("rulebook");

    @Test
    void everyMessageAndTaskActionHasItsDefaultTemplateInEveryLanguage() throws IOException {
        Set<String> names = new TreeSet<>();
        for (ActionDefinition action : ActionCatalogue.parse(Files.readString(BOOK.resolve("actions.csv"))).all()) {
            if (action.kind() != ActionKind.SUPPRESS) {
                names.add(TemplateNames.forAction(action.code()));
            }
        }

        assertThat(names).hasSizeGreaterThanOrEqualTo(15);
        assertThat(TemplateSet.load(BOOK).check(names)).isEmpty();
    }

    @Test
    void everyTemplateTheRulesNameExistsAndEveryTemplateIsUsed() {
        ValidationReport report = new RuleBookValidator().validate(BOOK);

        // The offer matrix names personal-winback and local-language-care in its Template column.
        assertThat(report.findings()).extracting(Object::toString).noneMatch(f -> f.contains("template"));
        assertThat(TemplateSet.load(BOOK).check(Set.of("personal-winback", "local-language-care"))).isEmpty();
    }

    @Test
    void everyOfferTheRulesWriteIsTranslatedIntoChinese() throws IOException {
        Set<String> offers = new TreeSet<>();
        Pattern offer = Pattern.compile("\\.offer\\(\"([^\"]+)\"\\)");
        try (Stream<Path> files = Files.list(BOOK)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = offer.matcher(Files.readString(drl));
                while (m.find()) {
                    offers.add(m.group(1));
                }
            }
        }
        TemplateSet templates = TemplateSet.load(BOOK);

        assertThat(offers).hasSizeGreaterThanOrEqualTo(5);
        for (String language : List.of("zh-CN", "zh-HK")) {
            for (String text : offers) {
                RenderedMessage message = templates.render("comeback-gift",
                        new Recipient("张敏", "女士", language, text, List.of()));
                assertThat(message.body()).as("%s offer \"%s\"", language, text).doesNotContain(text);
            }
        }
    }

    @Test
    void rendersTheSeedsGreetingInChinese() {
        RenderedMessage message = TemplateSet.load(BOOK).render("winback-discount",
                new Recipient("张敏", "女士", "zh-CN", "50 off 300, only for you", List.of()));

        assertThat(message.body()).startsWith("张女士您好！").contains("满300减50，仅限您使用");
        assertThat(message.subject()).isNotBlank();
    }
}
