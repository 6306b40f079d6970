package retention.batch.rulebook;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import retention.db.rulebook.RuleBookVersion;
import retention.db.rulebook.RuleBookVersionRepository;
import retention.db.rulebook.StoredRuleBookFile;
import retention.rules.book.RuleBook;
import retention.rules.book.RuleBookFolder;
import retention.rules.book.RuleBookLoader;
import retention.rules.book.RuleFile;

/**
 * The rule book versions this process knows: the live one, read from the rule book folder, and any stored
 * version a restarted run asks for. Each version is compiled at most once per process.
 */
@Component
public class RuleBooks {

    private final RuleBookProperties properties;
    private final RuleBookVersionRepository versions;
    private final RuleBookLoader loader = new RuleBookLoader();
    private final Map<Long, LoadedRuleBook> compiled = new ConcurrentHashMap<>();
    private volatile LoadedRuleBook live;

    public RuleBooks(RuleBookProperties properties, RuleBookVersionRepository versions) {
        this.properties = properties;
        this.versions = versions;
    }

    /**
     * The live rule book, loading it from the folder on first use.
     *
     * @throws retention.rules.book.RuleBookException when the files do not compile
     */
    public LoadedRuleBook live() {
        LoadedRuleBook current = live;
        if (current == null) {
            synchronized (this) {
                if (live == null) {
                    live = load("retention");
                }
                current = live;
            }
        }
        return current;
    }

    /**
     * Reads and compiles the folder again and makes it the live version when it compiles; when it does not, the
     * previous version stays live and the exception says why.
     */
    public synchronized LoadedRuleBook reload(String loadedBy) {
        live = load(loadedBy);
        return live;
    }

    /**
     * Makes an already compiled rule book the live version, storing it first: how hot reload swaps in a book it
     * has validated, in one assignment, so a run that starts meanwhile sees either the old version or the new one.
     */
    public synchronized LoadedRuleBook install(RuleBook book, String loadedBy) {
        live = store(book, loadedBy);
        return live;
    }

    /** The live version if one has been loaded in this process; nothing is read, compiled or stored. */
    public Optional<LoadedRuleBook> loaded() {
        return Optional.ofNullable(live);
    }

    /** The rule book folder this process reads. */
    public Path folder() {
        return properties.dir();
    }

    /** A stored version, compiled from the database when it is not the one in memory. */
    public LoadedRuleBook version(long id) {
        LoadedRuleBook current = live;
        if (current != null && current.version().id() == id) {
            return current;
        }
        return compiled.computeIfAbsent(id, this::compileStored);
    }

    private LoadedRuleBook load(String loadedBy) {
        return store(loader.compile(RuleBookFolder.read(properties.dir())), loadedBy);
    }

    private LoadedRuleBook store(RuleBook book, String loadedBy) {
        RuleBookVersion version = versions.store(book.contentHash(),
                book.files().stream().map(f -> new StoredRuleBookFile(f.path(), f.content())).toList(),
                book.ruleNames().size(), loadedBy, properties.dir().toAbsolutePath().normalize().toString());
        LoadedRuleBook loaded = new LoadedRuleBook(book, version);
        compiled.put(version.id(), loaded);
        return loaded;
    }

    private LoadedRuleBook compileStored(long id) {
        RuleBookVersion version = versions.find(id)
                .orElseThrow(() -> new IllegalStateException("rule book version " + id + " is not stored"));
        List<RuleFile> files = versions.files(id).stream().map(f -> new RuleFile(f.path(), f.content())).toList();
        return new LoadedRuleBook(loader.compile(files), version);
    }
}
