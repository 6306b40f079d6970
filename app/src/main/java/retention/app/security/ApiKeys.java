package retention.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores API keys by hash and answers "which key is this" for every request. Answers are cached for a short while
 * so that a request does not cost a query; a key revoked on another instance stops working within that time.
 */
@Repository
public class ApiKeys {

    private static final String COLUMNS = "id, name, key_prefix, role, pii, created_at, created_by, revoked_at";
    private static final Duration CACHE_TIME = Duration.ofSeconds(30);
    private static final int CACHE_LIMIT = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ApiKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The active key with this secret, if there is one. */
    Optional<ApiKey> authenticate(String secret) {
        String hash = ApiKeySecret.hash(secret);
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.key();
        }
        Optional<ApiKey> key = jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")
                .param(hash).query(ApiKeys::map).optional();
        if (cache.size() >= CACHE_LIMIT) {
            // Unknown keys sent in bulk must not grow the cache without bound.
            cache.clear();
        }
        cache.put(hash, new Cached(key, now.plus(CACHE_TIME)));
        return key;
    }

    /** Stores a new key and returns it with its secret, which is never stored and cannot be shown again. */
    public CreatedKey create(String name, Role role, boolean pii, String createdBy) {
        String secret = ApiKeySecret.generate();
        return new CreatedKey(store(secret, name, role, pii, createdBy), secret);
    }

    /** Stores a key whose secret the operator chose, such as the bootstrap admin key; idempotent. */
    ApiKey storeIfAbsent(String secret, String name, Role role, String createdBy) {
        String hash = ApiKeySecret.hash(secret);
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE key_hash = ?").param(hash).query(ApiKeys::map)
                .optional().orElseGet(() -> store(secret, name, role, false, createdBy));
    }

    private ApiKey store(String secret, String name, Role role, boolean pii, String createdBy) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_key (name, key_hash, key_prefix, role, pii, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(name, ApiKeySecret.hash(secret), ApiKeySecret.displayPrefix(secret), role.name(), pii, now,
                        createdBy)
                .update(id, "id");
        return new ApiKey(id.getKey().longValue(), name, ApiKeySecret.displayPrefix(secret), role, pii, now, createdBy,
                null);
    }

    public List<ApiKey> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key ORDER BY id").query(ApiKeys::map).list();
    }

    public Optional<ApiKey> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE id = ?").param(id).query(ApiKeys::map).optional();
    }

    /** Revokes a key; returns false when there is no such key. */
    public boolean revoke(long id) {
        int changed = jdbc.sql("UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(LocalDateTime.now(clock).withNano(0), id).update();
        cache.clear();
        return changed > 0 || find(id).isPresent();
    }

    boolean anyActiveAdmin() {
        return jdbc.sql("SELECT COUNT(*) FROM api_key WHERE role = 'ADMIN' AND revoked_at IS NULL")
                .query(Long.class).single() > 0;
    }

    private static ApiKey map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("pii"),
                rs.getObject("created_at", LocalDateTime.class), rs.getString("created_by"),
                rs.getObject("revoked_at", LocalDateTime.class));
    }

    /**
     * A key just created.
     *
     * @param key the stored key
     * @param secret the key itself, shown once
     */
    public record CreatedKey(ApiKey key, String secret) {
    }

    private record Cached(Optional<ApiKey> key, Instant until) {
    }
}
