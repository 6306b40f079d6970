package retention.app.rulebook;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import retention.batch.rulebook.LoadedRuleBook;
import retention.batch.rulebook.RuleBooks;
import retention.db.rulebook.RuleBookVersion;
import retention.rules.book.Problem;
import retention.rules.book.RuleBookException;
import retention.rules.book.RuleBookFolder;
import retention.rules.book.RuleFile;
import retention.rules.validate.RuleBookValidator;
import retention.rules.validate.TemplateFolder;
import retention.rules.validate.ValidationReport;

/**
 * Watches the rule book folder while the service runs. The folder is read and hashed every interval; a new
 * content that stays the same for the debounce time is validated on this background thread and, only when it has
 * no error, stored and made live in one step. A refused change leaves the last good version live, is logged with
 * every problem and is kept in {@link #status()}. Polling rather than a WatchService: it sees changes on network
 * and container-mounted folders too, and hashing a rule book of a few hundred files takes milliseconds.
 */
@Component
@ConditionalOnProperty(name = "retention.rules.reload.enabled", havingValue = "true")
@EnableConfigurationProperties(RuleBookReloadProperties.class)
public class RuleBookReloader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RuleBookReloader.class);

    private final RuleBooks ruleBooks;
    private final RuleBookReloadProperties properties;
    private final Clock clock;
    private final RuleBookValidator validator = new RuleBookValidator();
    private volatile RuleBookStatus status = RuleBookStatus.starting();
    private ScheduledExecutorService executor;
    private String handledHash;
    private String pendingHash;
    private Instant pendingSince;

    public RuleBookReloader(RuleBooks ruleBooks, RuleBookReloadProperties properties, Clock clock) {
        this.ruleBooks = ruleBooks;
        this.properties = properties;
        this.clock = clock;
    }

    /** The live version and the outcome of the last change, for the log, the API and the operators. */
    public RuleBookStatus status() {
        return status;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rule-book-reload");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(properties.interval().toMillis(), 10);
        executor.scheduleWithFixedDelay(this::pollSafely, 0, every, TimeUnit.MILLISECONDS);
        log.info("Watching the rule book folder {} every {} ms", folder().toAbsolutePath().normalize(), every);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void pollSafely() {
        try {
            poll();
        }
        catch (RuntimeException ex) {
            // The watcher must outlive a folder that is briefly unreadable (an editor replacing a file).
            log.warn("Cannot read the rule book folder {}: {}", folder(), ex.getMessage());
        }
    }

    /** One look at the folder; package-private so a test can drive it without the timer. */
    void poll() {
        Instant now = clock.instant();
        List<RuleFile> files;
        try {
            files = RuleBookFolder.read(folder());
        }
        catch (RuleBookException ex) {
            refuse(now, "the rule book folder cannot be read", ex.problems(), List.of());
            return;
        }
        String hash = RuleBookFolder.contentHash(files);
        if (handledHash == null) {
            handledHash = ruleBooks.loaded().map(l -> l.book().contentHash()).orElse(null);
        }
        if (hash.equals(handledHash)) {
            status = new RuleBookStatus(status.liveVersion() != null ? status.liveVersion() : live(), now,
                    status.lastError(), status.problems(), status.warnings());
            return;
        }
        if (!hash.equals(pendingHash)) {
            pendingHash = hash;
            pendingSince = now;
        }
        // The first look loads at once; a change waits until it has stayed the same for the debounce time.
        boolean settled = handledHash == null
                || Duration.between(pendingSince, now).compareTo(properties.debounce()) >= 0;
        if (!settled) {
            status = withCheck(now);
            return;
        }
        handledHash = hash;
        apply(files, now);
    }

    private void apply(List<RuleFile> files, Instant now) {
        ValidationReport report = validator.validate(folder().toString(), files, TemplateFolder.beside(folder()));
        if (report.hasErrors()) {
            refuse(now, "the changed rule book has " + report.errors().size() + " error(s)", report.errors(),
                    report.warnings());
            return;
        }
        boolean first = ruleBooks.loaded().isEmpty();
        LoadedRuleBook loaded = ruleBooks.install(report.book().orElseThrow(), first ? "service start" : "hot reload");
        report.warnings().forEach(w -> log.warn("Rule book warning: {}", w));
        log.info("Rule book {} is live: {} rules from {}", loaded.version().label(), loaded.book().ruleNames().size(),
                folder());
        status = new RuleBookStatus(loaded.version(), now, null, List.of(), report.warnings());
    }

    private void refuse(Instant now, String why, List<Problem> problems, List<Problem> warnings) {
        RuleBookVersion live = live();
        String error = why + "; " + (live == null ? "no version is live" : live.label() + " stays live");
        log.warn("Rule book change refused: {}:{}", error,
                problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
        status = new RuleBookStatus(live, now, error, problems, warnings);
    }

    private RuleBookStatus withCheck(Instant now) {
        return new RuleBookStatus(live(), now, status.lastError(), status.problems(), status.warnings());
    }

    private RuleBookVersion live() {
        return ruleBooks.loaded().map(LoadedRuleBook::version).orElse(null);
    }

    private Path folder() {
        return ruleBooks.folder();
    }
}
