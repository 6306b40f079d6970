package retention.app.api.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import retention.app.security.Pii;

/**
 * Deliveries read from the outbox, with the recipient taken from the customer for the delivery's channel.
 */
@Component
class OutboxDeliveries implements Deliveries {

    private static final String SELECT = "SELECT " + DeliveryColumns.select("")
            + " FROM outbox o LEFT JOIN customer c ON c.id = o.customer_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    OutboxDeliveries(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public Page<Delivery> list(DeliveryQuery query) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        DateRange range = query.runDates();
        if (range != null && range.from() != null) {
            sql.append(" AND o.run_date >= ?");
            params.add(range.from());
        }
        if (range != null && range.to() != null) {
            sql.append(" AND o.run_date <= ?");
            params.add(range.to());
        }
        equal(sql, params, "o.customer_id", query.customerId());
        equal(sql, params, "o.channel", query.channel());
        equal(sql, params, "o.status", query.status());
        Cursor after = query.after();
        if (after != null) {
            sql.append(" AND (o.run_date < ? OR (o.run_date = ? AND o.id < ?))");
            params.add(after.runDate());
            params.add(after.runDate());
            params.add(after.id());
        }
        sql.append(" ORDER BY o.run_date DESC, o.id DESC LIMIT ?");
        params.add(query.limit() + 1);
        List<Delivery> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs, Pii.readable())).list();
        if (rows.size() <= query.limit()) {
            return new Page<>(rows, null);
        }
        List<Delivery> page = rows.subList(0, query.limit());
        Delivery last = page.get(page.size() - 1);
        return new Page<>(List.copyOf(page), new Cursor(last.runDate(), last.id()).encode());
    }

    @Override
    public Optional<Delivery> find(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?").param(id).query((rs, n) -> map(rs, Pii.readable())).optional();
    }

    @Override
    public void stream(DateRange runDates, boolean unmasked, RowHandler<Delivery> handler) throws IOException {
        try {
            StreamingQuery.forEachRow(jdbcTemplate, SELECT + " WHERE o.run_date >= ? AND o.run_date <= ? "
                    + "ORDER BY o.run_date, o.id", List.of(runDates.from(), runDates.to()), rs -> {
                        try {
                            handler.accept(map(rs, unmasked));
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

    private static Delivery map(ResultSet rs, boolean unmasked) throws SQLException {
        return DeliveryColumns.map(rs, "", unmasked);
    }
}
