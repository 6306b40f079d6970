package retention.batch.contact;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    public Map<Long, CustomerContact> customers(CustomerSet batch) {
        Map<Long, CustomerContact> customers = new HashMap<>();
        if (batch.ids().isEmpty()) {
            return customers;
        }
        jdbc.sql(batch.select("c.id, c.name, c.title, c.email, c.phone, c.wechat_openid, c.push_token, c.language, "
                + "c.time_zone, c.consent_sms, c.consent_email, c.consent_wechat, c.consent_push, c.do_not_contact",
                "customer c", "c.id", ""))
                .params(batch.params()).query(rs -> {
                    if (!batch.contains(rs.getLong(1))) {
                        return;
                    }
                    customers.put(rs.getLong(1), new CustomerContact(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            SendTimes.zone(rs.getString(9)), rs.getBoolean(10), rs.getBoolean(11),
                            rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14)));
                });
        return customers;
    }

    /**
     * Recall messages sent in the last weeks (as far back as the caps and the cooldown look) and the count of
     * ignored recalls; with {@code withPlanned}, also the messages already waiting in the outbox. The contact log is
     * read whole per customer and filtered here: one query instead of three, and H2 keeps using the customer
     * index, which it drops when a range on a parameter joins the IN list.
     */
    public Map<Long, ContactHistory> histories(CustomerSet batch, Instant now, boolean withPlanned) {
        Map<Long, ContactHistory> histories = new HashMap<>();
        if (batch.ids().isEmpty()) {
            return histories;
        }
        batch.ids().forEach(id -> histories.put(id, new ContactHistory()));
        Instant from = now.minus(limits.cooldown()).minus(Duration.ofDays(8));
        Instant answerDeadline = now.minus(limits.answerWindow());
        Map<Long, List<Recall>> recalls = new HashMap<>();
        jdbc.sql(batch.select("l.customer_id, l.sent_at, l.channel, l.answered_at", "contact_log l", "l.customer_id",
                "l.recall = TRUE")).params(batch.params()).query(rs -> {
                    long customer = rs.getLong(1);
                    if (!batch.contains(customer)) {
                        return;
                    }
                    Instant sent = rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    if (!sent.isBefore(from)) {
                        histories.get(customer).add(new Contact(sent, channelOrNull(rs.getString(3))));
                    }
                    recalls.computeIfAbsent(customer, c -> new ArrayList<>())
                            .add(new Recall(sent, rs.getObject(4, LocalDateTime.class) != null));
                });
        recalls.forEach((customer, list) -> histories.get(customer).ignoredRecalls(ignored(list, answerDeadline)));
        if (withPlanned) {
            jdbc.sql(batch.select("o.customer_id, o.send_at, o.channel", "outbox o", "o.customer_id",
                    "o.status IN ('PENDING', 'RETRY', 'SENDING') AND o.channel <> 'PHONE'")).params(batch.params())
                    .query(rs -> {
                        if (!batch.contains(rs.getLong(1))) {
                            return;
                        }
                        histories.get(rs.getLong(1)).add(new Contact(rs.getObject(2, LocalDateTime.class)
                                .toInstant(ZoneOffset.UTC), channelOrNull(rs.getString(3))));
                    });
        }
        return histories;
    }

    /**
     * As the customer facts count them: recalls after the last answered one, old enough to have been answered
     * (sent before the deadline), and not answered.
     */
    static int ignored(List<Recall> recalls, Instant answerDeadline) {
        Instant lastAnswered = recalls.stream().filter(Recall::answered).map(Recall::sentAt)
                .max(Instant::compareTo).orElse(Instant.EPOCH);
        return (int) recalls.stream().filter(r -> !r.answered() && r.sentAt().isBefore(answerDeadline)
                && r.sentAt().isAfter(lastAnswered)).count();
    }

    private record Recall(Instant sentAt, boolean answered) {
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

    private static Channel channelOrNull(String channel) {
        try {
            return Channel.of(channel);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

}
