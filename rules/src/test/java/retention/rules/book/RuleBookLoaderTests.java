package retention.rules.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class RuleBookLoaderTests {

    static final String CATALOGUE = "code,kind,cost,description\nWINBACK_DISCOUNT,MESSAGE,50,discount\n";
    static final String HEADER = "package rulebook.test;\n\nimport retention.rules.facts.*;\n"
            + "import function retention.rules.book.Proposals.propose;\n\n";

    final RuleBookLoader loader = new RuleBookLoader();

    @Test
    void namesFileAndLineOfASyntaxError() {
        String drl = HEADER + "rule \"broken\"\nwhen\n    $c : CustomerProfile( stage == Stage.CHURNED\nthen\n"
                + "    propose($c, \"WINBACK_DISCOUNT\");\nend\n";

        assertThatThrownBy(() -> loader.compile(files("churned.drl", drl)))
                .isInstanceOf(RuleBookException.class)
                .satisfies(ex -> {
                    Problem problem = ((RuleBookException) ex).problems().get(0);
                    assertThat(problem.file()).isEqualTo("churned.drl");
                    assertThat(problem.line()).isBetween(9, 10);
                    assertThat(problem.toString()).startsWith("churned.drl:" + problem.line() + ":");
                });
    }

    @Test
    void refusesAnUnknownActionCodeWithItsPosition() {
        String drl = HEADER + "rule \"typo\"\nwhen\n    $c : CustomerProfile( stage == Stage.CHURNED )\nthen\n"
                + "    propose($c, \"WINBAK_DISCOUNT\");\nend\n";

        assertThatThrownBy(() -> loader.compile(files("churned.drl", drl)))
                .isInstanceOf(RuleBookException.class)
                .satisfies(ex -> assertThat(((RuleBookException) ex).problems()).singleElement()
                        .hasToString("churned.drl:10:18: unknown action code \"WINBAK_DISCOUNT\"; "
                                + "did you mean WINBACK_DISCOUNT?"));
    }

    @Test
    void namesAnUnknownFactInPlainWords() {
        String drl = HEADER + "rule \"unknown fact\"\nwhen\n    $c : CustomerProfile( loyaltyPoints > 10 )\nthen\n"
                + "    propose($c, \"WINBACK_DISCOUNT\");\nend\n";

        assertThatThrownBy(() -> loader.compile(files("churned.drl", drl)))
                .isInstanceOf(RuleBookException.class)
                .satisfies(ex -> assertThat(((RuleBookException) ex).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo("churned.drl");
                            assertThat(p.line()).isEqualTo(8);
                            assertThat(p.message()).contains("loyaltyPoints");
                        }));
    }

    @Test
    void refusesARuleBookWithoutActionCatalogue() {
        List<RuleFile> files = List.of(new RuleFile("a.drl", HEADER.getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> loader.compile(files)).isInstanceOf(RuleBookException.class)
                .hasMessageContaining("actions.csv");
    }

    @Test
    void refusesTheSameRuleNameInTwoFiles() {
        String drl = HEADER + "rule \"same\"\nwhen\n    $c : CustomerProfile()\nthen\nend\n";
        List<RuleFile> files = List.of(file(ActionCatalogue.FILE_NAME, CATALOGUE), file("a.drl", drl),
                file("b.drl", drl.replace("rulebook.test", "rulebook.other")));

        assertThatThrownBy(() -> loader.compile(files)).isInstanceOf(RuleBookException.class)
                .hasMessageContaining("b.drl:6:").hasMessageContaining("already defined in a.drl");
    }

    @Test
    void carriesTheGroupARuleProposesIn() {
        String drl = HEADER + "rule \"grouped\"\nwhen\n    $c : CustomerProfile( stage == Stage.CHURNED )\nthen\n"
                + "    propose($c, \"WINBACK_DISCOUNT\").group(\"winback\");\nend\n";

        List<Proposal> proposals = loader.compile(files("churned.drl", drl))
                .evaluate(retention.rules.facts.CustomerProfile.builder(1).stage(retention.rules.facts.Stage.CHURNED)
                        .build());

        assertThat(proposals).singleElement().extracting(Proposal::group).isEqualTo("winback");
    }

    @Test
    void carriesTheControlShareARuleSets() {
        String drl = HEADER + "rule \"measured\"\nwhen\n    $c : CustomerProfile( stage == Stage.CHURNED )\nthen\n"
                + "    propose($c, \"WINBACK_DISCOUNT\").controlShare(0.2);\nend\n";

        List<Proposal> proposals = loader.compile(files("churned.drl", drl))
                .evaluate(retention.rules.facts.CustomerProfile.builder(7).stage(retention.rules.facts.Stage.CHURNED)
                        .build());

        assertThat(proposals).singleElement().extracting(Proposal::controlShare).isEqualTo(0.2);
    }

    @Test
    void refusesAControlShareOfOneOrMoreWithItsPosition() {
        String drl = HEADER + "rule \"everyone held out\"\nwhen\n    $c : CustomerProfile( stage == Stage.CHURNED )\n"
                + "then\n    propose($c, \"WINBACK_DISCOUNT\").controlShare(1.5);\nend\n";

        assertThatThrownBy(() -> loader.compile(files("churned.drl", drl)))
                .isInstanceOf(RuleBookException.class)
                .satisfies(ex -> assertThat(((RuleBookException) ex).problems()).singleElement()
                        .hasToString("churned.drl:10:50: controlShare(1.5) must be below 1: a control group of every "
                                + "customer would leave nobody to send to; use 0 for no control group"));
    }

    @Test
    void refusesAControlShareThatIsNotAPlainNumber() {
        String drl = HEADER + "rule \"negative\"\nwhen\n    $c : CustomerProfile( stage == Stage.CHURNED )\n"
                + "then\n    propose($c, \"WINBACK_DISCOUNT\").controlShare( -0.1 );\nend\n";

        assertThatThrownBy(() -> loader.compile(files("churned.drl", drl)))
                .isInstanceOf(RuleBookException.class)
                .satisfies(ex -> assertThat(((RuleBookException) ex).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(10);
                            assertThat(p.column()).isEqualTo(51);
                            assertThat(p.message()).startsWith("controlShare(-0.1) must be a plain number from 0");
                        }));
    }

    static List<RuleFile> files(String name, String drl) {
        return List.of(file(ActionCatalogue.FILE_NAME, CATALOGUE), file(name, drl));
    }

    static RuleFile file(String name, String text) {
        return new RuleFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
