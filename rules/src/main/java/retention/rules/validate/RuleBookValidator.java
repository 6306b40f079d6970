package retention.rules.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import retention.rules.book.Problem;
import retention.rules.book.RuleBook;
import retention.rules.book.RuleBookException;
import retention.rules.book.RuleBookFolder;
import retention.rules.book.RuleBookLoader;
import retention.rules.book.RuleFile;
import retention.rules.template.TemplateSet;

/**
 * Checks a rule book beyond compiling it: first everything the loader refuses (syntax, sandbox, unknown facts,
 * action codes and channels), then, once it compiles, what it means: rules that can never fire and unknown
 * templates (errors), stage × cause combinations no rule serves and rules that always conflict (warnings).
 */
public final class RuleBookValidator {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.problem().file()).thenComparingInt(f -> f.problem().line())
            .thenComparingInt(f -> f.problem().column());

    private final RuleBookLoader loader = new RuleBookLoader();

    /** Validates the rule book folder, with its {@code templates/} folder when it has one. */
    public ValidationReport validate(Path dir) {
        return validate(dir, TemplateCheck.NONE);
    }

    /** Validates the rule book folder; {@code templates} adds to the check of its {@code templates/} folder. */
    public ValidationReport validate(Path dir, TemplateCheck templates) {
        List<RuleFile> files;
        try {
            files = RuleBookFolder.read(dir);
        }
        catch (RuleBookException ex) {
            return refused(ex);
        }
        ValidationReport report = validate(dir.toString(), files, TemplateFolder.beside(dir).and(templates));
        if (!Files.isDirectory(dir.resolve(TemplateSet.FOLDER))) {
            return report;
        }
        // What is wrong inside the template files themselves (an unknown {{variable}}, a bad file name) would
        // otherwise only show when a message is rendered, at send time.
        List<Finding> findings = new ArrayList<>(report.findings());
        TemplateSet.load(dir).check(List.of()).forEach(problem -> findings.add(Finding.error(problem)));
        findings.sort(ORDER);
        return new ValidationReport(findings, report.book());
    }

    /**
     * Validates rule book files.
     *
     * @param bookName how to name the rule book as a whole in a finding that concerns no one file
     * @param files the files
     * @param templates the template check; {@link TemplateCheck#NONE} when the book has no templates
     */
    public ValidationReport validate(String bookName, List<RuleFile> files, TemplateCheck templates) {
        RuleBook book;
        try {
            book = loader.compile(files);
        }
        catch (RuleBookException ex) {
            return refused(ex);
        }
        List<Finding> findings = new ArrayList<>(new SemanticChecks(RuleModels.read(files), book.catalogue())
                .neverFires().templates(templates).coverage(bookName).conflicts().findings());
        findings.sort(ORDER);
        return new ValidationReport(findings, Optional.of(book));
    }

    private static ValidationReport refused(RuleBookException ex) {
        List<Finding> findings = new ArrayList<>();
        for (Problem problem : ex.problems()) {
            findings.add(Finding.error(problem));
        }
        findings.sort(ORDER);
        return new ValidationReport(findings, Optional.empty());
    }
}
