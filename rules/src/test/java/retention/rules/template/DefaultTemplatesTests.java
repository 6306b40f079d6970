package retention.rules.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import retention.rules.book.ActionCatalogue;
import retention.rules.book.ActionDefinition;
import retention.rules.book.ActionKind;

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
    void everyTemplateARuleNamesExistsInEveryLanguage() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern template = Pattern.compile("\\.template\\(\"([^\"]+)\"\\)");
        try (Stream<Path> files = Files.list(BOOK)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = template.matcher(Files.readString(drl));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }

        assertThat(names).contains("winback-price", "apology");
        assertThat(TemplateSet.load(BOOK).check(names)).isEmpty();
    }

    @Test
    void rendersTheSeedsGreetingInChinese() {
        RenderedMessage message = TemplateSet.load(BOOK).render("winback-price",
                new Recipient("张敏", "女士", "zh-CN", "50 off 300, only for you", java.util.List.of()));

        assertThat(message.body()).startsWith("张女士您好！").contains("满300减50，仅限您使用");
        assertThat(message.subject()).isNotBlank();
    }
}
