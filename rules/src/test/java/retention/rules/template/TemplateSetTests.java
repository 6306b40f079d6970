package retention.rules.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import retention.rules.book.Problem;

class TemplateSetTests {

    @TempDir
    Path book;

    @Test
    void greetsByTitleAndSurnameInEachLanguage() throws IOException {
        write("hello.zh-CN.txt", "{{salutation}}");
        write("hello.zh-HK.txt", "{{salutation}}");
        write("hello.en.txt", "{{salutation}}");
        TemplateSet set = TemplateSet.load(book);

        assertThat(set.render("hello", recipient("张敏", "女士", "zh-CN")).body()).isEqualTo("张女士您好");
        assertThat(set.render("hello", recipient("欧阳娜", "女士", "zh-CN")).body()).isEqualTo("欧阳女士您好");
        assertThat(set.render("hello", recipient("陳家輝", "先生", "zh-HK")).body()).isEqualTo("陳先生你好");
        assertThat(set.render("hello", recipient("Emma Wilson", "Ms", "en")).body()).isEqualTo("Dear Ms Wilson");
        assertThat(set.render("hello", recipient("王芳", null, "zh-CN")).body()).isEqualTo("王芳您好");
    }

    @Test
    void readsTheSubjectHeaderAndTranslatesOfferAndTags() throws IOException {
        write("winback.zh-CN.txt", "subject: {{shop}}回归优惠\n\n{{salutation}}！专属优惠：{{offer}}。{{#tags}}您常买的{{tags}}上新了。{{/tags}}\n");
        Files.createDirectories(book.resolve("templates/phrases"));
        Files.writeString(book.resolve("templates/phrases/zh-CN.txt"),
                "shop = 优选商城\n50 off 300 = 满300减50\nbeauty = 美妆\nsnacks = 零食\n");

        RenderedMessage message = TemplateSet.load(book).render("winback",
                new Recipient("张敏", "女士", "zh-CN", "50 off 300", List.of("beauty", "snacks")));

        assertThat(message.subject()).isEqualTo("优选商城回归优惠");
        assertThat(message.body()).isEqualTo("张女士您好！专属优惠：满300减50。您常买的美妆、零食上新了。");
        assertThat(message.personalized()).isTrue();
    }

    @Test
    void leavesOutASectionWhoseVariableIsEmpty() throws IOException {
        write("care.en.txt", "Hello.{{#tags}} New in {{tags}}.{{/tags}} Bye.");

        RenderedMessage message = TemplateSet.load(book).render("care", new Recipient("A B", null, "en", null, List.of()));

        assertThat(message.body()).isEqualTo("Hello. Bye.");
        assertThat(message.personalized()).isFalse();
    }

    @Test
    void reportsAnUnknownVariableWithFileLineAndColumn() throws IOException {
        write("care.en.txt", "subject: Hi {{nmae}}\n\nline one\n  and {{ofer}} here\n");

        List<Problem> problems = TemplateSet.load(book).check(Set.of());

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "templates/care.en.txt:1:13: unknown variable {{nmae}} (known: name, offer, salutation, shop, surname, tags, title)",
                "templates/care.en.txt:4:7: unknown variable {{ofer}} (known: name, offer, salutation, shop, surname, tags, title)");
    }

    @Test
    void reportsEveryLanguageATemplateLacks() throws IOException {
        write("apology.zh-CN.txt", "{{salutation}}");

        List<Problem> problems = TemplateSet.load(book).check(Set.of("apology", "comeback"));

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "templates/apology.zh-HK.txt:0:0: missing: template 'apology' has no zh-HK version (zh-CN exist)",
                "templates/apology.en.txt:0:0: missing: template 'apology' has no en version (zh-CN exist)",
                "templates/comeback.zh-CN.txt:0:0: missing: template 'comeback' has no zh-CN version",
                "templates/comeback.zh-HK.txt:0:0: missing: template 'comeback' has no zh-HK version",
                "templates/comeback.en.txt:0:0: missing: template 'comeback' has no en version");
    }

    @Test
    void reportsBadHeadersSectionsAndFileNames() throws IOException {
        write("a.en.txt", "subjet: Hi\n\nbody");
        write("b.en.txt", "{{#tags}}open");
        write("c.en.txt", "x {{/tags}}");
        write("d.en.txt", "x {{name");
        write("Bad_Name.txt", "x");

        List<Problem> problems = TemplateSet.load(book).check(Set.of());

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "templates/Bad_Name.txt:0:0: not a template file name: use <template>.<language>.txt, e.g. "
                        + "winback-price.zh-CN.txt (lower case, digits and '-' in the template name)",
                "templates/a.en.txt:1:1: unknown header 'subjet' (known: subject)",
                "templates/b.en.txt:1:1: section {{#tags}} is not closed with {{/tags}}",
                "templates/c.en.txt:1:3: {{/tags}} closes no open section",
                "templates/d.en.txt:1:3: '{{' is not closed with '}}' on the same line");
    }

    @Test
    void refusesToRenderATemplateMissingInTheCustomersLanguage() throws IOException {
        write("care.en.txt", "Hello");

        assertThatThrownBy(() -> TemplateSet.load(book).render("care", recipient("张敏", "女士", "zh-CN")))
                .isInstanceOf(TemplateException.class).hasMessage("no template templates/care.zh-CN.txt");
    }

    @Test
    void namesTheDefaultTemplateOfAnActionInKebabCase() {
        assertThat(TemplateNames.forAction("WINBACK_DISCOUNT")).isEqualTo("winback-discount");
        assertThat(TemplateNames.resolve(null, "WINBACK_DISCOUNT")).isEqualTo("winback-discount");
        assertThat(TemplateNames.resolve("winback-price", "WINBACK_DISCOUNT")).isEqualTo("winback-price");
    }

    private static Recipient recipient(String name, String title, String language) {
        return new Recipient(name, title, language, null, List.of());
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(book.resolve("templates"));
        Files.writeString(book.resolve("templates").resolve(name), text);
    }
}
