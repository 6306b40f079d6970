package retention.batch.contact;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import retention.batch.sendtime.SendTimes;
import retention.rules.facts.Channel;

/**
 * Reads what the contact policy needs for a batch of customers in a few set-based queries: the customers, their
 * recent recall messages, their ignored recalls, and which of their addresses are on the do-not-contact list.
 */
@Component
public class ContactFacts {

    private final JdbcClient jdbc;
    private final ContactPolicyProperties limits;

    public ContactFacts(JdbcClient jdbc, ContactPolicyProperties limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    public Map<Long, CustomerContact> customers(Collection<Long> ids) {
        Map<Long, CustomerContact> customers = new HashMap<>();
        if (ids.isEmpty()) {
            return customers;
        }
        jdbc.sql("SELECT id, name, title, email, phone, wechat_openid, push_token, language, time_zone, consent_sms, "
                + "consent_email, consent_wechat, consent_push, do_not_contact FROM customer WHERE id IN (:ids)")
                .param("ids", ids).query(rs -> {
                    customers.put(rs.getLong(1), new CustomerContact(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            SendTimes.zone(rs.getString(9)), rs.getBoolean(10), rs.getBoolean(11),
                            rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14)));
                });
        return customers;
    }

    /**
     * Recall messages sent since {@code now} minus the longest window the caps look at, and the count of
     * ignored recalls; with {@code withPlanned}, also the messages already waiting in the outbox.
     */
    public Map<Long, ContactHistory> histories(Collection<Long> ids, Instant now, boolean withPlanned) {
        Map<Long, ContactHistory> histories = new HashMap<>();
        if (ids.isEmpty()) {
            return histories;
        }
        ids.forEach(id -> histories.put(id, new ContactHistory()));
        Instant from = now.minus(limits.cooldown()).minus(java.time.Duration.ofDays(8));
        jdbc.sql("SELECT customer_id, sent_at, channel FROM contact_log WHERE customer_id IN (:ids) AND recall = TRUE "
                + "AND sent_at >= :from").param("ids", ids).param("from", utc(from))
                .query(rs -> {
                    add(histories, rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3));
                });
        if (withPlanned) {
            jdbc.sql("SELECT customer_id, send_at, channel FROM outbox WHERE customer_id IN (:ids) "
                    + "AND status IN ('PENDING', 'RETRY', 'SENDING') AND channel <> 'PHONE'").param("ids", ids)
                    .query(rs -> {
                    add(histories, rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3));
                });
        }
        // Mirrors the customer facts: recalls after the last answered one, old enough to have been answered.
        jdbc.sql("SELECT l.customer_id, COUNT(*) FROM contact_log l WHERE l.customer_id IN (:ids) AND l.recall = TRUE "
                + "AND l.answered_at IS NULL AND l.sent_at < :deadline AND l.sent_at > COALESCE((SELECT MAX(a.sent_at) "
                + "FROM contact_log a WHERE a.customer_id = l.customer_id AND a.recall = TRUE "
                + "AND a.answered_at IS NOT NULL), :epoch) GROUP BY l.customer_id")
                .param("ids", ids).param("deadline", utc(now.minus(limits.answerWindow())))
                .param("epoch", LocalDateTime.of(1970, 1, 1, 0, 0))
                .query(rs -> {
                    histories.get(rs.getLong(1)).ignoredRecalls(rs.getInt(2));
                });
        return histories;
    }

    /** The reason each of these addresses (normalised, see {@link Addresses}) is on the do-not-contact list. */
    public Map<String, String> blocked(Collection<String> addresses) {
        Map<String, String> blocked = new HashMap<>();
        List<String> present = addresses.stream().filter(a -> a != null && !a.isEmpty()).distinct().toList();
        if (!present.isEmpty()) {
            jdbc.sql("SELECT address, reason FROM do_not_contact_list WHERE address IN (:addresses)")
                    .param("addresses", present).query(rs -> {
                        blocked.put(rs.getString(1), rs.getString(2));
                    });
        }
        return blocked;
    }

    private static void add(Map<Long, ContactHistory> histories, long customer, LocalDateTime at, String channel) {
        histories.get(customer).add(new Contact(at.toInstant(ZoneOffset.UTC), channelOrNull(channel)));
    }

    private static Channel channelOrNull(String channel) {
        try {
            return Channel.of(channel);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
