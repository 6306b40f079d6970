package retention.batch.preview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.batch.nightly.CustomerProfilePages;
import retention.batch.nightly.NightlyProperties;
import retention.batch.rulebook.LoadedRuleBook;
import retention.batch.rulebook.RuleBookProperties;
import retention.batch.rulebook.RuleBooks;
import retention.rules.arbitrate.ArbitrationPolicy;
import retention.rules.arbitrate.Arbitrator;
import retention.rules.book.RuleBook;
import retention.rules.book.RuleBookLoader;
import retention.rules.facts.CustomerProfile;

/**
 * Evaluates a candidate rule book on a run date's stored customer facts and compares its decisions, after
 * arbitration, with what the live rule book decides on the same facts. The facts are streamed in chunks, both
 * books evaluate each chunk, and only the differences are counted. It writes nothing: no action, no outbox row,
 * no rule book version.
 */
@Component
public class RuleBookPreview {

    static final int EXAMPLES_PER_CHANGE = 3;

    private final CustomerProfilePages pages;
    private final RuleBooks ruleBooks;
    private final ArbitrationPolicy policy;
    private final int chunkSize;
    private final RuleBookLoader loader = new RuleBookLoader();

    public RuleBookPreview(JdbcClient jdbc, RuleBooks ruleBooks, RuleBookProperties rules, NightlyProperties nightly) {
        this.pages = new CustomerProfilePages(jdbc);
        this.ruleBooks = ruleBooks;
        this.policy = new ArbitrationPolicy(rules.maxMessagesPerDay());
        this.chunkSize = nightly.chunkSize();
    }

    /**
     * Previews the rule book in {@code candidateDir} on the facts of {@code runDate}, or of the latest run date.
     *
     * @throws retention.rules.book.RuleBookException when the candidate (or the live rule book) does not compile
     * @throws IllegalStateException when no facts are stored for that date
     */
    public PreviewReport preview(Path candidateDir, Optional<LocalDate> runDate) {
        RuleBook candidate = loader.load(candidateDir);
        return preview(candidate, candidateDir + " (" + candidate.shortHash() + ")", runDate);
    }

    /** Previews a compiled candidate, named {@code candidateLabel} in the report. */
    public PreviewReport preview(RuleBook candidate, String candidateLabel, Optional<LocalDate> runDate) {
        LocalDate date = runDate.or(pages::latestRunDate).orElseThrow(() -> new IllegalStateException(
                "no customer facts are stored yet; run the nightly job first (./retention run-nightly)"));
        Optional<LoadedRuleBook> loaded = ruleBooks.loaded();
        // Compiled, not stored: a preview leaves no trace, not even a rule book version.
        RuleBook live = loaded.map(LoadedRuleBook::book).orElseGet(() -> loader.load(ruleBooks.folder()));
        String liveLabel = loaded.map(l -> l.version().label())
                .orElse(ruleBooks.folder() + " (" + live.shortHash() + ")");
        Arbitrator liveArbitrator = new Arbitrator(live.catalogue(), policy);
        Arbitrator candidateArbitrator = new Arbitrator(candidate.catalogue(), policy);
        PreviewTally tally = new PreviewTally(live.catalogue(), candidate.catalogue(), EXAMPLES_PER_CHANGE);
        long after = 0;
        List<CustomerProfile> chunk = pages.page(date, after, Long.MAX_VALUE, chunkSize);
        while (!chunk.isEmpty()) {
            tally.add(chunk.size(), liveArbitrator.arbitrate(live.evaluate(chunk)),
                    candidateArbitrator.arbitrate(candidate.evaluate(chunk)));
            after = chunk.get(chunk.size() - 1).customerId();
            chunk = chunk.size() < chunkSize ? List.of() : pages.page(date, after, Long.MAX_VALUE, chunkSize);
        }
        PreviewReport report = tally.report(date, liveLabel, candidateLabel);
        if (report.customers() == 0) {
            throw new IllegalStateException("no customer facts are stored for " + date
                    + "; run the nightly job for that date first");
        }
        return report;
    }
}
