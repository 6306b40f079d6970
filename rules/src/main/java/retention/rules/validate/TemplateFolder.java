package retention.rules.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import retention.rules.book.Problem;
import retention.rules.facts.FactNames;

/**
 * The templates folder beside the rules: a template {@code name} must exist as {@code name.<language>.txt} for
 * every language customers speak (zh-CN, zh-HK, en).
 */
public final class TemplateFolder implements TemplateCheck {

    /** The languages of {@code CustomerProfile.language}. */
    public static final List<String> LANGUAGES = List.of("zh-CN", "zh-HK", "en");

    static final String FOLDER = "templates";

    private final TreeSet<String> files = new TreeSet<>();
    private final TreeSet<String> names = new TreeSet<>();

    private TemplateFolder(Path dir) {
        try (Stream<Path> paths = Files.list(dir)) {
            paths.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).forEach(files::add);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + dir, ex);
        }
        for (String file : files) {
            for (String language : LANGUAGES) {
                String suffix = "." + language + ".txt";
                if (file.endsWith(suffix)) {
                    names.add(file.substring(0, file.length() - suffix.length()));
                }
            }
        }
    }

    /** The check for a rule book folder: its {@code templates/} folder, or none when it has no such folder. */
    public static TemplateCheck beside(Path ruleBookDir) {
        Path dir = ruleBookDir.resolve(FOLDER);
        return Files.isDirectory(dir) ? new TemplateFolder(dir) : NONE;
    }

    @Override
    public List<String> problems(TemplateUse use) {
        String name = use.template();
        List<String> missing = LANGUAGES.stream().filter(l -> !files.contains(name + "." + l + ".txt")).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        String expected = String.join(", ", missing.stream().map(l -> FOLDER + "/" + name + "." + l + ".txt").toList());
        if (missing.size() < LANGUAGES.size()) {
            return List.of("template \"" + name + "\" is missing in " + String.join(", ", missing) + ": expected "
                    + expected);
        }
        String subject = use.explicit() ? "unknown template \"" + name + "\""
                : "action " + use.actionCode() + " has no template \"" + name + "\" (its default; name another with "
                        + ".template(\"...\"))";
        List<String> near = FactNames.nearest(name, names);
        return List.of(subject + ": expected " + expected + FactNames.didYouMean(near));
    }

    @Override
    public List<Problem> unused(Collection<String> used) {
        return names.stream().filter(name -> !used.contains(name))
                .map(name -> new Problem(FOLDER + "/" + firstFile(name), 0, 0, "template \"" + name
                        + "\" is not used by any rule or action: delete it, or name it with .template(\"" + name
                        + "\")"))
                .toList();
    }

    private String firstFile(String name) {
        return LANGUAGES.stream().map(l -> name + "." + l + ".txt").filter(files::contains).findFirst()
                .orElse(name);
    }
}
