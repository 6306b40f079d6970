package retention.app.api.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import retention.app.security.Pii;

/**
 * A delivery as SQL selects it: an outbox row {@code o} with its recipient taken from its customer {@code c} for the
 * delivery's channel. Shared by the delivery list and the action list, which joins each action to its one outbox
 * row (unique per action) instead of asking for a page's deliveries in a second query.
 */
public final class DeliveryColumns {

    /** Joins an action {@code a}'s outbox row and that row's customer, both optional. */
    public static final String JOIN_TO_ACTION = " LEFT JOIN outbox o ON o.action_id = a.id "
            + "LEFT JOIN customer c ON c.id = o.customer_id";

    private DeliveryColumns() {
    }

    /** The select list, each column named with {@code prefix} so that it can stand beside another table's. */
    public static String select(String prefix) {
        return "o.id AS " + prefix + "id, o.action_id AS " + prefix + "action_id, o.run_date AS " + prefix
                + "run_date, o.customer_id AS " + prefix + "customer_id, o.channel AS " + prefix + "channel, "
                + "CASE o.channel WHEN 'SMS' THEN c.phone WHEN 'PHONE' THEN c.phone WHEN 'EMAIL' THEN c.email "
                + "WHEN 'WECHAT' THEN c.wechat_openid WHEN 'PUSH' THEN c.push_token END AS " + prefix + "recipient, "
                + "o.template AS " + prefix + "template, o.language AS " + prefix + "language, o.status AS " + prefix
                + "status, o.send_at AS " + prefix + "send_at, o.expires_at AS " + prefix + "expires_at, "
                + "o.attempts AS " + prefix + "attempts, o.sent_at AS " + prefix + "sent_at, o.last_error AS "
                + prefix + "last_error";
    }

    /** The delivery of the current row, or null when an outer join found none; masked unless {@code unmasked}. */
    public static Delivery map(ResultSet rs, String prefix, boolean unmasked) throws SQLException {
        long id = rs.getLong(prefix + "id");
        if (rs.wasNull()) {
            return null;
        }
        String channel = rs.getString(prefix + "channel");
        String recipient = rs.getString(prefix + "recipient");
        return new Delivery(id, rs.getLong(prefix + "action_id"), rs.getObject(prefix + "run_date", LocalDate.class),
                rs.getLong(prefix + "customer_id"), channel, unmasked ? recipient : Pii.mask(channel, recipient),
                rs.getString(prefix + "template"), rs.getString(prefix + "language"), rs.getString(prefix + "status"),
                rs.getObject(prefix + "send_at", LocalDateTime.class),
                rs.getObject(prefix + "expires_at", LocalDateTime.class), rs.getInt(prefix + "attempts"),
                rs.getObject(prefix + "sent_at", LocalDateTime.class), rs.getString(prefix + "last_error"));
    }
}
