package retention.app.dispatch.channel;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

import retention.rules.facts.Channel;

/**
 * PHONE: nothing is sent to the customer; a callback task with a brief in their language is put in table
 * {@code callback_task} for the service team. One task per outbox row, however often the send is retried.
 */
public final class CallbackTaskChannel implements MessageChannel {

    private final JdbcClient jdbc;
    private final Clock clock;

    public CallbackTaskChannel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.PHONE;
    }

    @Override
    public Delivery send(OutgoingMessage m) {
        jdbc.sql("INSERT INTO callback_task (outbox_id, customer_id, customer_name, phone, language, template, subject, "
                + "brief, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) ON DUPLICATE KEY UPDATE id = id")
                .params(m.outboxId(), m.customerId(), m.customerName(), m.address(), m.language(), m.template(),
                        limit(m.content().subject(), 200), limit(m.content().body(), 2000),
                        LocalDateTime.now(clock).withNano(0))
                .update();
        long task = jdbc.sql("SELECT id FROM callback_task WHERE outbox_id = ?").param(m.outboxId())
                .query(Long.class).single();
        return Delivery.sent("callback task " + task);
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
