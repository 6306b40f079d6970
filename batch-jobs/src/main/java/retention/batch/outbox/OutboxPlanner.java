package retention.batch.outbox;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the planned messages of a run date into the outbox, once each. Send times are computed here rather than
 * in SQL because time-zone conversion is not portable between MySQL and H2 (MySQL's needs its zone tables loaded).
 */
@Component
public class OutboxPlanner {

    private static final int BATCH = 1000;
    private static final String INSERT = "INSERT INTO outbox (action_id, run_date, customer_id, channel, template, "
            + "language, status, send_at, expires_at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?) "
            + "ON DUPLICATE KEY UPDATE id = id";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final OutboxProperties properties;

    public OutboxPlanner(JdbcTemplate jdbcTemplate, OutboxProperties properties) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.properties = properties;
    }

    /**
     * Plans every planned message action of the date that has no outbox row yet.
     *
     * @return the number of messages planned by this call
     */
    public int plan(LocalDate runDate) {
        List<Message> batch = new ArrayList<>(BATCH);
        int[] planned = { 0 };
        jdbc.sql("SELECT a.id, a.customer_id, a.channel, a.template, c.language, c.time_zone FROM retention_action a "
                + "JOIN customer c ON c.id = a.customer_id LEFT JOIN outbox o ON o.action_id = a.id "
                + "WHERE a.run_date = ? AND a.status = 'PLANNED' AND a.kind = 'MESSAGE' AND o.id IS NULL "
                + "ORDER BY a.id")
                .param(runDate)
                .query(rs -> {
                    LocalDateTime sendAt = sendTime(runDate, rs.getString("time_zone"));
                    batch.add(new Message(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("channel"),
                            rs.getString("template"), rs.getString("language"), sendAt));
                    if (batch.size() == BATCH) {
                        planned[0] += insert(runDate, batch);
                    }
                });
        planned[0] += insert(runDate, batch);
        return planned[0];
    }

    /** The configured local time on the run date in the customer's zone, as UTC; Shanghai when the zone is unknown. */
    LocalDateTime sendTime(LocalDate runDate, String timeZone) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        }
        catch (DateTimeException | NullPointerException ex) {
            zone = ZoneId.of("Asia/Shanghai");
        }
        return runDate.atTime(properties.sendAt()).atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private int insert(LocalDate runDate, List<Message> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        jdbcTemplate.batchUpdate(INSERT, batch, batch.size(), (PreparedStatement ps, Message m) -> bind(ps, runDate, m));
        int count = batch.size();
        batch.clear();
        return count;
    }

    private void bind(PreparedStatement ps, LocalDate runDate, Message m) throws SQLException {
        ps.setLong(1, m.actionId());
        ps.setObject(2, runDate);
        ps.setLong(3, m.customerId());
        ps.setString(4, m.channel());
        ps.setString(5, m.template());
        ps.setString(6, m.language());
        ps.setObject(7, m.sendAt());
        ps.setObject(8, m.sendAt().plus(properties.validity()));
        ps.setString(9, "ra-" + m.actionId() + "-" + m.channel().toLowerCase());
    }

    private record Message(long actionId, long customerId, String channel, String template, String language,
            LocalDateTime sendAt) {
    }
}
