package retention.rules.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import retention.rules.book.Problem;

/**
 * The scenarios of a folder ({@code *.yaml} and {@code *.yml}, sorted by path) and every problem found reading
 * them. A suite with problems is not run: a scenario that cannot be read would otherwise pass unnoticed.
 *
 * @param scenarios the scenarios, in file order
 * @param problems malformed files: unknown fields, bad values, duplicate names, each with file:line:column
 */
public record ScenarioSuite(List<Scenario> scenarios, List<Problem> problems) {

    public ScenarioSuite {
        scenarios = List.copyOf(scenarios);
        problems = List.copyOf(problems);
    }

    /** The folder of scenario tests in a rule book folder. */
    public static Path folderOf(Path ruleBook) {
        return ruleBook.resolve("tests");
    }

    /** Reads every scenario file below {@code dir}. */
    public static ScenarioSuite read(Path dir) {
        List<Scenario> scenarios = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir.toString(), 0, 0, "scenario folder not found"));
            return new ScenarioSuite(scenarios, problems);
        }
        for (Path file : files(dir)) {
            ScenarioParser parser = new ScenarioParser(file.toString(), scenarios.size() + 1);
            scenarios.addAll(parser.parse(text(file)));
            problems.addAll(parser.problems());
        }
        if (scenarios.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, 0, "no scenario file (*.yaml) in this folder"));
        }
        duplicateNames(scenarios, problems);
        return new ScenarioSuite(scenarios, problems);
    }

    public boolean malformed() {
        return !problems.isEmpty();
    }

    private static void duplicateNames(List<Scenario> scenarios, List<Problem> problems) {
        Map<String, Scenario> byName = new HashMap<>();
        for (Scenario s : scenarios) {
            Scenario first = byName.putIfAbsent(s.name(), s);
            if (first != null) {
                problems.add(new Problem(s.file(), s.line(), 0, "scenario name '" + s.name()
                        + "' is already used at " + first.location() + "; names must be unique"));
            }
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read scenario folder " + dir, ex);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file, ex);
        }
    }
}
