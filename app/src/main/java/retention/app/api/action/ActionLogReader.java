package retention.app.api.action;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.app.api.Cursor;
import retention.app.api.DateRange;
import retention.app.api.Page;
import retention.app.api.StreamingQuery;
import retention.app.api.delivery.Deliveries;
import retention.app.api.delivery.Delivery;
import retention.app.api.delivery.DeliveryColumns;
import retention.app.security.Pii;

/**
 * Reads the action log for the API: pages newest first by (run date, id), each filter served by an index of
 * V5 without a sort, each action with its delivery in the same query.
 */
@Component
public class ActionLogReader {

    private static final String COLUMNS = "a.id, a.run_date, a.customer_id, a.action_code, a.kind, a.status, "
            + "a.channel, a.rule_name, a.rule_book_version_id, a.priority, a.offer, a.template, a.reason, "
            + "a.explanation, a.send_at, a.created_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM retention_action a";
    /** An action has at most one outbox row (unique action_id), so the join keeps one row per action. */
    private static final String SELECT_WITH_DELIVERY = "SELECT " + COLUMNS + ", " + DeliveryColumns.select("d_")
            + " FROM retention_action a" + DeliveryColumns.JOIN_TO_ACTION;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ActionLogReader(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    Page<Action> list(ActionQuery query) {
        StringBuilder sql = new StringBuilder(SELECT_WITH_DELIVERY).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        DateRange range = query.runDates();
        if (range != null && range.from() != null) {
            sql.append(" AND a.run_date >= ?");
            params.add(range.from());
        }
        if (range != null && range.to() != null) {
            sql.append(" AND a.run_date <= ?");
            params.add(range.to());
        }
        equal(sql, params, "a.customer_id", query.customerId());
        equal(sql, params, "a.rule_name", query.ruleName());
        equal(sql, params, "a.action_code", query.actionCode());
        equal(sql, params, "a.channel", query.channel());
        equal(sql, params, "a.status", query.status());
        Cursor after = query.after();
        if (after != null) {
            sql.append(" AND (a.run_date < ? OR (a.run_date = ? AND a.id < ?))");
            params.add(after.runDate());
            params.add(after.runDate());
            params.add(after.id());
        }
        sql.append(" ORDER BY a.run_date DESC, a.id DESC LIMIT ?");
        params.add(query.limit() + 1);
        List<Action> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> mapWithDelivery(rs)).list();
        boolean more = rows.size() > query.limit();
        List<Action> page = more ? List.copyOf(rows.subList(0, query.limit())) : rows;
        String next = more ? new Cursor(page.get(page.size() - 1).runDate(), page.get(page.size() - 1).id()).encode()
                : null;
        return new Page<>(page, next);
    }

    Optional<Action> find(long id) {
        return jdbc.sql(SELECT_WITH_DELIVERY + " WHERE a.id = ?").param(id).query((rs, n) -> mapWithDelivery(rs))
                .optional();
    }

    /** Streams every action of a run-date range in run date and id order, without their deliveries. */
    public void stream(DateRange runDates, Deliveries.RowHandler<Action> handler) throws IOException {
        try {
            StreamingQuery.forEachRow(jdbcTemplate, SELECT + " WHERE a.run_date >= ? AND a.run_date <= ? "
                    + "ORDER BY a.run_date, a.id", List.of(runDates.from(), runDates.to()), rs -> {
                        try {
                            handler.accept(map(rs));
                        }
                        catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    });
        }
        catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
    }

    private static void equal(StringBuilder sql, List<Object> params, String column, Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static Action mapWithDelivery(ResultSet rs) throws SQLException {
        Delivery delivery = DeliveryColumns.map(rs, "d_", Pii.readable());
        Action action = map(rs);
        return delivery == null ? action : action.withDeliveries(List.of(delivery));
    }

    static Action map(ResultSet rs) throws SQLException {
        return new Action(rs.getLong("id"), rs.getObject("run_date", LocalDate.class), rs.getLong("customer_id"),
                rs.getString("action_code"), rs.getString("kind"), rs.getString("status"), rs.getString("channel"),
                rs.getString("rule_name"), rs.getLong("rule_book_version_id"), rs.getInt("priority"),
                rs.getString("offer"), rs.getString("template"), rs.getString("reason"), rs.getString("explanation"),
                rs.getObject("send_at", LocalDateTime.class), rs.getObject("created_at", LocalDateTime.class),
                List.of());
    }
}
