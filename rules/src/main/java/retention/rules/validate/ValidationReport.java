package retention.rules.validate;

import java.util.List;
import java.util.Optional;

import retention.rules.book.Problem;
import retention.rules.book.RuleBook;

/**
 * What validating a rule book found, errors first, each group in file order.
 *
 * @param findings every error and warning
 * @param book the compiled rule book, absent when it does not compile
 */
public record ValidationReport(List<Finding> findings, Optional<RuleBook> book) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public List<Problem> errors() {
        return of(Severity.ERROR);
    }

    public List<Problem> warnings() {
        return of(Severity.WARNING);
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** Whether the rule book may go live: no error, and no warning either when {@code strict}. */
    public boolean passes(boolean strict) {
        return !hasErrors() && (!strict || warnings().isEmpty());
    }

    private List<Problem> of(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(Finding::problem).toList();
    }
}
