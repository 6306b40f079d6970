package retention.db.rulebook;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores rule book versions by content hash: storing the same content twice returns the existing version.
 */
@Repository
public class RuleBookVersionRepository {

    private static final String COLUMNS = "id, content_hash, loaded_at, loaded_by, source, file_count, rule_count";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public RuleBookVersionRepository(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Returns the version with this content, storing it with its files first if it is new. Safe when two
     * processes store the same content at once: the loser of the race reads the winner's row.
     */
    public RuleBookVersion store(String contentHash, List<StoredRuleBookFile> files, int ruleCount, String loadedBy,
            String source) {
        Optional<RuleBookVersion> existing = findByHash(contentHash);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return transactions.execute(status -> insert(contentHash, files, ruleCount, loadedBy, source));
        }
        catch (DuplicateKeyException ex) {
            return findByHash(contentHash).orElseThrow(() -> ex);
        }
    }

    private RuleBookVersion insert(String contentHash, List<StoredRuleBookFile> files, int ruleCount,
            String loadedBy, String source) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rule_book_version (content_hash, loaded_at, loaded_by, source, file_count, rule_count) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(contentHash, now, loadedBy, truncate(source, 500), files.size(), ruleCount)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (StoredRuleBookFile file : files) {
            jdbc.sql("INSERT INTO rule_book_file (version_id, path, content) VALUES (?, ?, ?)")
                    .params(id, file.path(), file.content()).update();
        }
        return new RuleBookVersion(id, contentHash, now, loadedBy, source, files.size(), ruleCount);
    }

    public Optional<RuleBookVersion> findByHash(String contentHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_book_version WHERE content_hash = ?").param(contentHash)
                .query(RuleBookVersion.class).optional();
    }

    public Optional<RuleBookVersion> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_book_version WHERE id = ?").param(id)
                .query(RuleBookVersion.class).optional();
    }

    /** The newest versions first. */
    public List<RuleBookVersion> list(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_book_version ORDER BY id DESC LIMIT ?").param(limit)
                .query(RuleBookVersion.class).list();
    }

    public List<StoredRuleBookFile> files(long versionId) {
        return jdbc.sql("SELECT path, content FROM rule_book_file WHERE version_id = ? ORDER BY path").param(versionId)
                .query((rs, row) -> new StoredRuleBookFile(rs.getString(1), rs.getBytes(2))).list();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(text.length() - max);
    }
}
