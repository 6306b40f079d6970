package retention.app.webhook;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores webhook subscriptions, their signing secrets and how far each has been sent.
 */
@Repository
class Subscriptions {

    private static final String COLUMNS = "id, url, events, active, created_at, created_by";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    Subscriptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a subscription that starts with the events written from now on, and returns it with its secret.
     */
    Created create(String url, Set<EventType> events, String createdBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO webhook_subscription (url, events, secret, active, action_cursor, delivery_cursor, "
                + "created_at, created_by) VALUES (?, ?, ?, TRUE, (SELECT COALESCE(MAX(id), 0) FROM retention_action), "
                + "(SELECT COALESCE(MAX(id), 0) FROM outbox), ?, ?)")
                .params(url, names(events), secret, now, createdBy).update(id, "id");
        return new Created(new Subscription(id.getKey().longValue(), url, events, true, now, createdBy), secret);
    }

    List<Subscription> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription ORDER BY id").query(Subscriptions::map).list();
    }

    List<Subscription> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE active ORDER BY id")
                .query(Subscriptions::map).list();
    }

    Optional<Subscription> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?").param(id)
                .query(Subscriptions::map).optional();
    }

    boolean deactivate(long id) {
        return jdbc.sql("UPDATE webhook_subscription SET active = FALSE WHERE id = ?").param(id).update() > 0;
    }

    String secret(long id) {
        return jdbc.sql("SELECT secret FROM webhook_subscription WHERE id = ?").param(id).query(String.class).single();
    }

    long cursor(long id, EventType type) {
        return jdbc.sql("SELECT " + column(type) + " FROM webhook_subscription WHERE id = ?").param(id)
                .query(Long.class).single();
    }

    void advance(long id, EventType type, long lastEventId) {
        jdbc.sql("UPDATE webhook_subscription SET " + column(type) + " = ? WHERE id = ?").params(lastEventId, id)
                .update();
    }

    private static String column(EventType type) {
        return type == EventType.ACTION ? "action_cursor" : "delivery_cursor";
    }

    private static String names(Set<EventType> events) {
        return events.stream().map(EventType::wireName).sorted().collect(Collectors.joining(","));
    }

    private static Subscription map(ResultSet rs, int row) throws SQLException {
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        Arrays.stream(rs.getString("events").split(",")).filter(s -> !s.isBlank()).map(EventType::of)
                .forEach(events::add);
        return new Subscription(rs.getLong("id"), rs.getString("url"), events, rs.getBoolean("active"),
                rs.getObject("created_at", LocalDateTime.class), rs.getString("created_by"));
    }

    /**
     * A subscription just created.
     *
     * @param subscription the stored subscription
     * @param secret the signing secret, shown once
     */
    record Created(Subscription subscription, String secret) {
    }
}
