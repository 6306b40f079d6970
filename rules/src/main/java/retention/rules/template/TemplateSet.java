package retention.rules.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import retention.rules.book.Problem;

/**
 * The message templates of a rule book, read from its {@code templates/} folder: one file per template and
 * language, {@code <template>.<language>.txt}, and the translations of offers and tags in
 * {@code templates/phrases/<language>.txt}.
 * <p>
 * Validation: {@code TemplateSet.load(ruleBookDir).check(names)} lists every problem in the files and every name
 * that lacks a language, each as a {@link Problem} with the file (relative to the rule book folder) and line.
 */
public final class TemplateSet {

    /** The folder, inside the rule book folder, that holds the templates. */
    public static final String FOLDER = "templates";

    /** The languages every template must be written in. */
    public static final List<String> LANGUAGES = List.of("zh-CN", "zh-HK", "en");

    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.([a-z]{2}(?:-[A-Z]{2})?)\\.txt");
    private static final Pattern PHRASES_NAME = Pattern.compile("([a-z]{2}(?:-[A-Z]{2})?)\\.txt");

    private final Map<String, Template> templates;
    private final Map<String, Phrases> phrases;
    private final List<Problem> problems;

    private TemplateSet(Map<String, Template> templates, Map<String, Phrases> phrases, List<Problem> problems) {
        this.templates = templates;
        this.phrases = phrases;
        this.problems = problems;
    }

    /** Reads {@code ruleBookDir/templates}; a missing folder gives an empty set whose check reports it. */
    public static TemplateSet load(Path ruleBookDir) {
        Path folder = ruleBookDir.resolve(FOLDER);
        Map<String, Template> templates = new HashMap<>();
        Map<String, Phrases> phrases = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(new Problem(FOLDER + "/", 0, 0, "folder not found: templates belong in "
                    + FOLDER + "/<template>.<language>.txt beside the rule files"));
            return new TemplateSet(Map.of(), Map.of(), List.copyOf(problems));
        }
        for (Path path : list(folder)) {
            String fileName = path.getFileName().toString();
            String relative = FOLDER + "/" + fileName;
            Matcher name = FILE_NAME.matcher(fileName);
            if (!name.matches()) {
                problems.add(new Problem(relative, 0, 0, "not a template file name: use <template>.<language>.txt, "
                        + "e.g. winback-price.zh-CN.txt (lower case, digits and '-' in the template name)"));
                continue;
            }
            Template template = new TemplateParser(relative, problems).parse(name.group(1), name.group(2), read(path));
            templates.put(key(name.group(1), name.group(2)), template);
        }
        Path phraseFolder = folder.resolve("phrases");
        if (Files.isDirectory(phraseFolder)) {
            for (Path path : list(phraseFolder)) {
                String relative = FOLDER + "/phrases/" + path.getFileName();
                Matcher language = PHRASES_NAME.matcher(path.getFileName().toString());
                if (!language.matches()) {
                    problems.add(new Problem(relative, 0, 0, "not a phrases file name: use <language>.txt, e.g. zh-CN.txt"));
                    continue;
                }
                phrases.put(language.group(1), Phrases.parse(relative, read(path), problems));
            }
        }
        return new TemplateSet(Map.copyOf(templates), Map.copyOf(phrases), List.copyOf(problems));
    }

    /**
     * The problems of the files, and a problem for each name that is missing in one of {@link #LANGUAGES}.
     *
     * @param templateNames the names the rule book uses: explicit {@code .template("x")} names and the default
     *        name of every message action ({@link TemplateNames#forAction})
     */
    public List<Problem> check(Collection<String> templateNames) {
        List<Problem> all = new ArrayList<>(problems);
        for (String name : new TreeSet<>(templateNames)) {
            List<String> present = LANGUAGES.stream().filter(l -> templates.containsKey(key(name, l))).toList();
            for (String language : LANGUAGES) {
                if (!present.contains(language)) {
                    all.add(new Problem(FOLDER + "/" + name + "." + language + ".txt", 0, 0, "missing: template '"
                            + name + "' has no " + language + " version" + (present.isEmpty() ? ""
                                    : " (" + String.join(", ", present) + " exist)")));
                }
            }
        }
        return all;
    }

    /** The names of the templates present, in any language. */
    public Set<String> names() {
        return templates.values().stream().map(Template::name).collect(Collectors.toCollection(TreeSet::new));
    }

    public Optional<Template> find(String name, String language) {
        return Optional.ofNullable(templates.get(key(name, language)));
    }

    /**
     * Renders a template for a recipient in their language, with their offer and tags translated.
     *
     * @throws TemplateException when the template does not exist in that language
     */
    public RenderedMessage render(String name, Recipient recipient) {
        Template template = find(name, recipient.language()).orElseThrow(() -> new TemplateException(
                "no template " + FOLDER + "/" + name + "." + recipient.language() + ".txt"));
        return template.render(variables(recipient));
    }

    Map<String, String> variables(Recipient r) {
        Phrases words = phrases.getOrDefault(r.language(), Phrases.NONE);
        String separator = r.language().startsWith("zh") ? "、" : ", ";
        Map<String, String> values = new HashMap<>();
        values.put("name", r.name() == null ? "" : r.name().strip());
        values.put("title", r.title() == null ? "" : r.title().strip());
        values.put("surname", Salutations.surname(r.name(), r.language()));
        values.put("salutation", Salutations.salutation(r.name(), r.title(), r.language()));
        values.put("offer", r.offer() == null ? "" : words.translate(r.offer()));
        values.put("tags", r.tags().stream().map(words::translate).collect(Collectors.joining(separator)));
        values.put("shop", words.get("shop"));
        return values;
    }

    private static String key(String name, String language) {
        return name + "." + language;
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + folder, ex);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + path, ex);
        }
    }
}
