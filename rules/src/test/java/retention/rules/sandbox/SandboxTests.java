package retention.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import retention.rules.book.Problem;
import retention.rules.book.RuleFile;

class SandboxTests {

    /** Lines 1-5; a rule made by {@link #rule} starts on line 6, its condition is line 8, its consequence line 10. */
    static final String HEADER = "package rulebook.test;\n\nimport retention.rules.facts.*;\n"
            + "import function retention.rules.book.Proposals.propose;\n\n";
    static final String CUSTOMER = "$c : CustomerProfile( stage == Stage.CHURNED )";
    static final String PROPOSE = "propose($c, \"WINBACK_DISCOUNT\");";

    final Sandbox sandbox = Sandbox.standard();

    // --- what passes ---

    @Test
    void acceptsEveryFileOfTheRuleBook() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rulebook"))) {
            List<Path> ruleFiles = files.filter(f -> f.toString().endsWith(".drl")).toList();
            assertThat(ruleFiles).isNotEmpty();
            for (Path file : ruleFiles) {
                RuleFile ruleFile = new RuleFile(file.getFileName().toString(), Files.readAllBytes(file));
                assertThat(sandbox.check(ruleFile)).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void acceptsARuleUsingEverythingTheAllowListOffers() {
        String drl = HEADER + """
                rule "everything allowed"
                    salience -5
                    no-loop
                    enabled true
                    date-effective "1-Jan-2020"
                    dialect "java"
                when
                    $c : CustomerProfile( stage in (Stage.CHURNED, Stage.AT_RISK), rfmSegment not in (RfmSegment.LOST),
                            $r : recencyDays > 90 && recencyDays < Integer.MAX_VALUE, city matches "Shang.*",
                            reachableChannels contains Channel.SMS, Channel.EMAIL memberOf reachableChannels,
                            hasCause(ChurnCause.PRICE_SENSITIVE) || confidenceOf(ChurnCause.NEEDS_CHANGED) >= 0.5,
                            !npsDetractor, language.startsWith("zh"), Math.abs(frequencyTrend) < 2.0, monetary > 100B )
                    eval( $c.canReach(Channel.PHONE) && $r > 0 && $c.runDate().getMonthValue() >= 1 )
                then
                    // A consequence may compute its words, but only write proposals.
                    String reason = "quiet for " + $r + " days, " + $c.evidenceFor(ChurnCause.PRICE_SENSITIVE).trim();
                    final int recalls = Math.max(1, $c.ignoredRecalls()), more = recalls + 1;
                    if ($c.topCause().isPresent() && $c.stage().name().toLowerCase().equals("churned")) {
                        propose($c, "WINBACK_DISCOUNT").via(Channel.SMS).offer("50 off 300").because(reason);
                    } else {
                        propose($c, "CARE_CONTENT").template("care-" + $c.stage().name() + more);
                    }
                end
                """;

        assertThat(sandbox.checkDrl("x.drl", drl)).isEmpty();
    }

    @Test
    void acceptsTextAndCommentsThatOnlyLookLikeCode() {
        String drl = rule(CUSTOMER, "/* System.exit(0); */ propose($c, \"X\").because(\"Sys\" + \"tem.exit(0)\"); "
                + "// Runtime.getRuntime()");

        assertThat(sandbox.checkDrl("x.drl", drl)).isEmpty();
    }

    @Test
    void acceptsAlternativeConditionsOnOneCustomer() {
        String drl = rule("( $c : CustomerProfile( stage == Stage.NEW ) or $c : CustomerProfile( stage == Stage.ACTIVE ) )",
                PROPOSE);

        assertThat(sandbox.checkDrl("x.drl", drl)).isEmpty();
    }

    @Test
    void namesTheRuleFileLineAndColumnInPlainWords() {
        String drl = HEADER + "// a comment\n\n\n\n\nrule \"r\"\nwhen\n    " + CUSTOMER + "\nthen\n    System.exit(0);\nend\n";

        assertThat(sandbox.check(new RuleFile("churned.drl", drl.getBytes(StandardCharsets.UTF_8))))
                .extracting(Problem::toString)
                .containsExactly("churned.drl:15:5: rules may not use 'System' "
                        + "(only the customer facts and propose(...) are allowed)");
    }

    // --- the JVM and the outside world, in a consequence ---

    @Test
    void refusesSystemExitInAConsequence() {
        assertOnly(rule(CUSTOMER, "System.exit(0);"), 10, 5, "rules may not use 'System'");
    }

    @Test
    void refusesAFullyQualifiedSystemExit() {
        assertOnly(rule(CUSTOMER, PROPOSE + " java.lang.System.exit(0);"), 10, 38, "rules may not use 'java.lang.System'");
    }

    @Test
    void refusesRuntimeExec() {
        assertOnly(rule(CUSTOMER, "Runtime.getRuntime().exec(\"rm -rf /\");"), 10, 5, "rules may not use 'Runtime'");
    }

    @Test
    void refusesStartingAProcess() {
        assertOnly(rule(CUSTOMER, "new ProcessBuilder(\"sh\").start();"), 10, 5,
                "rules may not create objects ('new ProcessBuilder')");
    }

    @Test
    void refusesStartingAThread() {
        assertOnly(rule(CUSTOMER, "new Thread(() -> {}).start();"), 10, 5, "rules may not create objects ('new Thread')");
    }

    @Test
    void refusesAnExecutor() {
        assertOnly(rule(CUSTOMER, "java.util.concurrent.Executors.newSingleThreadExecutor();"), 10, 5,
                "rules may not use 'java.util.concurrent.Executors'");
    }

    @Test
    void refusesClassForName() {
        assertOnly(rule(CUSTOMER, "Class.forName(\"java.lang.Runtime\");"), 10, 5, "rules may not use 'Class'");
    }

    @Test
    void refusesReachingTheClassLoaderThroughGetClass() {
        assertOnly(rule(CUSTOMER, "$c.getClass().getClassLoader();"), 10, 8, "rules may not use 'getClass'");
    }

    @Test
    void refusesMethodHandles() {
        assertOnly(rule(CUSTOMER, "java.lang.invoke.MethodHandles.lookup();"), 10, 5,
                "rules may not use 'java.lang.invoke.MethodHandles'");
    }

    @Test
    void refusesAFile() {
        assertOnly(rule(CUSTOMER, "new java.io.File(\"/etc/passwd\").delete();"), 10, 5,
                "rules may not create objects ('new java.io.File')");
    }

    @Test
    void refusesReadingAFile() {
        assertOnly(rule(CUSTOMER, "propose($c, \"X\").because(Files.readString(Path.of(\"/etc/passwd\")));"), 10, 30,
                "rules may not use 'Files'");
    }

    @Test
    void refusesTheNetwork() {
        String drl = rule(CUSTOMER, "new java.net.URL(\"http://example.com\").openStream();\n"
                + "    new java.net.Socket(\"example.com\", 80);");

        assertThat(sandbox.checkDrl("x.drl", drl)).extracting(Problem::toString).containsExactly(
                "x.drl:10:5: rules may not create objects ('new java.net.URL') (only the customer facts and propose(...) are allowed)",
                "x.drl:11:5: rules may not create objects ('new java.net.Socket') (only the customer facts and propose(...) are allowed)");
    }

    @Test
    void refusesALambda() {
        assertOnly(rule(CUSTOMER, "propose($c, \"X\").because(() -> \"x\");"), 10, 33, "lambdas ('->')");
    }

    @Test
    void refusesAMethodReference() {
        assertFirst(rule(CUSTOMER, "propose($c, \"X\").because(String::valueOf);"), 10, 36, "method references ('::')");
    }

    @Test
    void refusesAForLoop() {
        assertFirst(rule(CUSTOMER, "for (int i = 0; i < 3; i++) { " + PROPOSE + " }"), 10, 5, "loops ('for')");
    }

    @Test
    void refusesAWhileLoop() {
        assertOnly(rule(CUSTOMER, "while (true) { " + PROPOSE + " }"), 10, 5, "loops ('while')");
    }

    @Test
    void refusesSynchronizedThrowAndTry() {
        String drl = rule(CUSTOMER, "synchronized ($c) { }\n    throw new IllegalStateException();\n    try { } finally { }");

        assertThat(sandbox.checkDrl("x.drl", drl)).extracting(Problem::line, Problem::column, Problem::message)
                .startsWith(
                        tuple(10, 5, "'synchronized' is not allowed in rules"),
                        tuple(11, 5, "'throw' is not allowed in rules"));
    }

    @Test
    void refusesModify() {
        assertFirst(rule(CUSTOMER, "modify($c) { setIgnoredRecalls(0) }"), 10, 5,
                "rules may not change facts ('modify'); a rule writes only proposals");
    }

    @Test
    void refusesInsertAndRetract() {
        String drl = rule(CUSTOMER, "insert($c);\n    retract($c);\n    update($c);");

        assertThat(sandbox.checkDrl("x.drl", drl)).extracting(Problem::line, Problem::message).containsExactly(
                tuple(10, "rules may not change facts ('insert'); a rule writes only proposals"),
                tuple(11, "rules may not change facts ('retract'); a rule writes only proposals"),
                tuple(12, "rules may not change facts ('update'); a rule writes only proposals"));
    }

    @Test
    void refusesTheEngineHandles() {
        String drl = rule(CUSTOMER, "drools.halt();\n    kcontext.getKieRuntime().getChannels();");

        assertThat(sandbox.checkDrl("x.drl", drl)).extracting(Problem::line, Problem::column, Problem::message)
                .containsExactly(
                        tuple(10, 5, "rules may not use 'drools' (the engine's own controls); a rule writes only proposals"),
                        tuple(11, 5, "rules may not use 'kcontext' (the engine's own controls); a rule writes only proposals"));
    }

    @Test
    void refusesAssigningValues() {
        assertOnly(rule(CUSTOMER, "$c = null;"), 10, 8, "rules may not assign values ('=')");
    }

    // --- the same tricks, hidden ---

    @Test
    void refusesAUnicodeEscapedName() {
        assertOnly(rule(CUSTOMER, "\\u0053ystem.exit(0);"), 10, 5, "rules may not use 'System'");
    }

    @Test
    void refusesCodeAfterAnEscapedLineBreakInAComment() {
        assertOnly(rule(CUSTOMER, PROPOSE + " // done \\u000a System.exit(0);"), 10, 53, "rules may not use 'System'");
    }

    @Test
    void refusesCodeBetweenEscapedQuotes() {
        // Java decodes the escapes first: because("" + System.getenv() + "")
        assertOnly(rule(CUSTOMER, "propose($c, \"X\").because(\"\\u0022 + System.getenv() + \\u0022\");"),
                10, 40, "rules may not use 'System'");
    }

    @Test
    void refusesANameSplitByComments() {
        assertOnly(rule(CUSTOMER, "System /* a */ . /* b */ exit(0);"), 10, 5, "rules may not use 'System'");
    }

    @Test
    void refusesABraceThatWouldEndTheGeneratedMethod() {
        assertOnly(rule(CUSTOMER, PROPOSE + " }"), 10, 38, "unmatched '}'");
    }

    // --- conditions ---

    @Test
    void refusesACallHiddenInAConstraint() {
        assertOnly(rule("$c : CustomerProfile( city == System.getenv(\"CITY\") )", PROPOSE), 8, 35,
                "rules may not use 'System'");
    }

    @Test
    void refusesACallHiddenBehindAnAllowedTest() {
        assertOnly(rule("$c : CustomerProfile( stage == Stage.CHURNED && java.lang.Runtime.getRuntime() != null )",
                PROPOSE), 8, 53, "rules may not use 'java.lang.Runtime'");
    }

    @Test
    void refusesAnEvalThatCallsTheSystem() {
        assertOnly(rule(CUSTOMER + "\n    eval( System.currentTimeMillis() > 0 )", PROPOSE), 9, 11,
                "rules may not use 'System'");
    }

    @Test
    void refusesProposeInACondition() {
        assertOnly(rule("$c : CustomerProfile( propose(this, \"X\") != null )", PROPOSE), 8, 27,
                "propose(...) belongs after 'then'");
    }

    @Test
    void refusesARegularExpressionThatCanTakeHours() {
        assertOnly(rule("$c : CustomerProfile( city matches \"(a+)+b\" )", PROPOSE), 8, 40,
                "repeats a repeated group");
    }

    @Test
    void refusesFrom() {
        assertFirst(rule(CUSTOMER + "\n    $o : CustomerProfile() from $c.withCauses(null)", PROPOSE), 9, 5,
                "'from' is not allowed");
    }

    @Test
    void refusesAccumulate() {
        assertFirst(rule(CUSTOMER + "\n    $n : Number() from accumulate( CustomerProfile( $x : ignoredRecalls ), sum( $x ) )",
                PROPOSE), 9, 5, "conditions may only match CustomerProfile facts, not 'Number'");
        assertThat(sandbox.checkDrl("x.drl", rule(CUSTOMER + "\n    $n : Number() from accumulate( "
                + "CustomerProfile( $x : ignoredRecalls ), sum( $x ) )", PROPOSE)))
                .anySatisfy(p -> assertThat(p.message()).startsWith("'accumulate' is not allowed"));
    }

    @Test
    void refusesTwoCustomerPatterns() {
        assertOnly(rule(CUSTOMER + "\n    $d : CustomerProfile( customerId != $c.customerId )", PROPOSE), 9, 5,
                "a rule may match one customer at a time");
    }

    @Test
    void refusesANotOverAnotherCustomer() {
        assertOnly(rule(CUSTOMER + "\n    not CustomerProfile( city == $c.city )", PROPOSE), 9, 9,
                "a rule may match one customer at a time");
    }

    @Test
    void refusesOtherFacts() {
        assertOnly(rule("$o : Object( )", "propose(null, \"X\");"), 8, 5,
                "conditions may only match CustomerProfile facts, not 'Object'");
    }

    @Test
    void refusesANamedConsequence() {
        String drl = HEADER + "rule \"r\"\nwhen\n    " + CUSTOMER + "\n    do[extra]\nthen\n    " + PROPOSE
                + "\nthen[extra]\n    System.exit(1);\nend\n";

        assertThat(sandbox.checkDrl("x.drl", drl)).extracting(Problem::line, Problem::column, Problem::message)
                .containsExactly(
                        tuple(9, 5, "'do[extra]' is not allowed; a rule has one 'then'"),
                        tuple(12, 1, "named consequences ('then[extra]') are not allowed; a rule has one 'then'"));
    }

    // --- the file around the rules ---

    @Test
    void refusesADisallowedImport() {
        String drl = HEADER.replace("\n\nimport retention", "\nimport java.io.File;\nimport retention") + "rule \"r\"\nwhen\n    "
                + CUSTOMER + "\nthen\n    " + PROPOSE + "\nend\n";

        assertThat(sandbox.checkDrl("x.drl", drl)).extracting(Problem::toString).containsExactly(
                "x.drl:2:1: import 'java.io.File' is not allowed; allowed imports are retention.rules.facts.* "
                        + "and the function retention.rules.book.Proposals.propose");
    }

    @Test
    void refusesImportingAnotherFunction() {
        String drl = HEADER + "import function java.lang.System.exit;\nimport static java.lang.Runtime.getRuntime;\n";

        assertThat(sandbox.checkDrl("x.drl", drl)).extracting(Problem::line, Problem::message).containsExactly(
                tuple(6, "import 'java.lang.System.exit' is not allowed; " + DrlChecker.ALLOWED_IMPORTS),
                tuple(7, "import 'java.lang.Runtime.getRuntime' is not allowed; " + DrlChecker.ALLOWED_IMPORTS));
    }

    @Test
    void refusesAGlobal() {
        assertOnly(HEADER + "global java.util.List log;\n", 6, 1, "globals are not allowed ('global java.util.List log')");
    }

    @Test
    void refusesAFunction() {
        assertOnly(HEADER + "function void hello() {\n    System.out.println(\"hi\");\n}\n", 6, 1,
                "functions are not allowed ('function hello')");
    }

    @Test
    void refusesADeclare() {
        assertOnly(HEADER + "declare Note\n    text : String\nend\n", 6, 1, "'declare Note' is not allowed");
    }

    @Test
    void refusesAQuery() {
        assertOnly(HEADER + "query \"churned\"\n    $c : CustomerProfile( stage == Stage.CHURNED )\nend\n", 6, 1,
                "queries are not allowed ('query churned')");
    }

    @Test
    void refusesTheMvelDialect() {
        assertOnly(HEADER + "rule \"r\"\n    dialect \"mvel\"\nwhen\n    " + CUSTOMER + "\nthen\n    " + PROPOSE + "\nend\n",
                7, 5, "dialect \"mvel\" is not allowed");
    }

    @Test
    void refusesTheMvelDialectForTheWholeFile() {
        assertOnly(HEADER + "dialect \"mvel\"\n\nrule \"r\"\nwhen\n    " + CUSTOMER + "\nthen\n    " + PROPOSE + "\nend\n",
                6, 1, "dialect \"mvel\" is not allowed");
    }

    @Test
    void refusesAnAgendaGroup() {
        assertOnly(HEADER + "rule \"r\"\n    agenda-group \"winback\"\nwhen\n    " + CUSTOMER + "\nthen\n    " + PROPOSE
                + "\nend\n", 7, 5, "'agenda-group' is not allowed; a rule's priority is its salience number");
    }

    @Test
    void refusesASalienceExpression() {
        assertOnly(HEADER + "rule \"r\"\n    salience ( $c.ignoredRecalls() * 10 )\nwhen\n    " + CUSTOMER + "\nthen\n    "
                + PROPOSE + "\nend\n", 7, 5, "salience must be a whole number");
    }

    @Test
    void refusesATimer() {
        assertOnly(HEADER + "rule \"r\"\n    timer (int: 0 1s)\nwhen\n    " + CUSTOMER + "\nthen\n    " + PROPOSE
                + "\nend\n", 7, 5, "'timer' is not allowed");
    }

    @Test
    void refusesAnAnnotation() {
        assertOnly(HEADER + "rule \"r\" @Propagation(IMMEDIATE)\nwhen\n    " + CUSTOMER + "\nthen\n    " + PROPOSE
                + "\nend\n", 6, 10, "annotations such as '@Propagation' are not allowed");
    }

    @Test
    void refusesAPackageThatShadowsTheAllowedTypes() {
        assertOnly("package java.lang;\n", 1, 1, "package 'java.lang' is not allowed");
    }

    @Test
    void refusesACapitalisedBindingThatWouldHideAClass() {
        assertFirst(rule("System : CustomerProfile( )", "propose(System, \"X\");"), 8, 5,
                "'System' cannot name a binding; use a name such as $c");
    }

    @Test
    void refusesAnEvalThatWouldBreakOutOfItsGeneratedMethod() {
        // Drools pastes the eval into "return ( ... );"; Java decodes the escaped quotes before reading it.
        assertFirst(rule(CUSTOMER + "\n    eval( \"\\u0022); System.exit(0); return (\\u0022\" == null )", PROPOSE),
                9, 18, "unmatched ')'");
    }

    @Test
    void placesProblemsRightInAFileWithWindowsLineEnds() {
        String drl = rule("$c : CustomerProfile( city ==\n        System.getenv(\"CITY\") )", "\n\n    " + PROPOSE
                + "\n    System.exit(0);").replace("\n", "\r\n");

        assertThat(sandbox.checkDrl("x.drl", drl)).extracting(Problem::line, Problem::column)
                .containsExactly(tuple(9, 9), tuple(14, 5));
    }

    @Test
    void checksTheRulesADecisionTableGenerates() {
        String table = String.join("\n", "RuleSet,rulebook.offers", "Import,retention.rules.facts.*", "",
                "RuleTable Offers", "CONDITION,ACTION", "$c : CustomerProfile,",
                "stage == Stage.$param,\"propose($c, \"\"$param\"\"); System.exit(0);\"",
                "Stage,Action", "CHURNED,WINBACK_DISCOUNT", "");

        assertThat(sandbox.check(new RuleFile("offers.drl.csv", table.getBytes(StandardCharsets.UTF_8))))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("offers.drl.csv");
                    assertThat(p.message()).startsWith("rules may not use 'System'");
                });
    }

    @Test
    void passesFilesThatHoldNoRules() {
        assertThat(sandbox.check(new RuleFile("actions.csv", "code,kind\nSYSTEM_EXIT,MESSAGE\n".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    // --- robustness ---

    @Test
    void leavesSyntaxErrorsToTheCompiler() {
        assertThat(sandbox.checkDrl("x.drl", HEADER + "rule \"r\"\nwhen\n    $c : CustomerProfile( \nthen\n    "
                + "System.exit(0);\nend\n")).isEmpty();
    }

    @Test
    void neverThrowsOnWeirdInput() {
        List<String> weird = List.of("", "   ", "rule", "\u0000\uFFFF", "package x; rule \"r\" when then \"unclosed end",
                rule(CUSTOMER, "/* never closed"), rule(CUSTOMER, "\"never closed"), rule(CUSTOMER, "((((("),
                rule(CUSTOMER, "\\uZZZZ \\u"), rule("$c : CustomerProfile( city == \"\"\" )", PROPOSE));
        for (String text : weird) {
            assertThatCode(() -> sandbox.checkDrl("x.drl", text)).as(text).doesNotThrowAnyException();
        }
        assertThat(sandbox.checkDrl("x.drl", null)).isEmpty();
        // Drools sees a complete consequence; Java, after decoding the escaped quote, an unterminated text.
        assertThat(sandbox.checkDrl("x.drl", rule(CUSTOMER, "propose($c, \\u0022X);")))
                .extracting(Problem::message).containsExactly("a text that is never closed (\"): this code cannot be checked");
    }

    // --- helpers ---

    static String rule(String when, String then) {
        return HEADER + "rule \"r\"\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    private void assertOnly(String drl, int line, int column, String message) {
        assertThat(sandbox.checkDrl("x.drl", drl)).singleElement().satisfies(p -> assertAt(p, line, column, message));
    }

    private void assertFirst(String drl, int line, int column, String message) {
        assertThat(sandbox.checkDrl("x.drl", drl)).first().satisfies(p -> assertAt(p, line, column, message));
    }

    private static void assertAt(Problem problem, int line, int column, String message) {
        assertThat(problem.file()).isEqualTo("x.drl");
        assertThat(problem.message()).contains(message);
        assertThat(problem.line()).as(problem.toString()).isEqualTo(line);
        assertThat(problem.column()).as(problem.toString()).isEqualTo(column);
    }
}
