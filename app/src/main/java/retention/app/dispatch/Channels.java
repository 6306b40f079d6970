package retention.app.dispatch;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

import retention.app.dispatch.DispatchProperties.Webhook;
import retention.app.dispatch.channel.CallbackTaskChannel;
import retention.app.dispatch.channel.LogChannel;
import retention.app.dispatch.channel.MessageChannel;
import retention.app.dispatch.channel.UnconfiguredChannel;
import retention.app.dispatch.email.EmailChannel;
import retention.app.dispatch.webhook.WebhookChannel;
import retention.rules.facts.Channel;

/**
 * The channel behind each {@link Channel}, as configured. Refuses to start with a webhook that has no secret.
 */
public final class Channels implements AutoCloseable {

    private static final int MIN_SECRET_LENGTH = 16;

    private final Map<Channel, MessageChannel> channels = new EnumMap<>(Channel.class);
    private final LogChannel log;

    public Channels(DispatchProperties properties, JavaMailSender mail, JdbcClient jdbc, Clock clock) {
        log = new LogChannel(properties.logFile(), clock);
        channels.put(Channel.LOG, log);
        channels.put(Channel.PHONE, new CallbackTaskChannel(jdbc, clock));
        channels.put(Channel.EMAIL, mail != null ? new EmailChannel(mail, properties.emailFrom())
                : new UnconfiguredChannel(Channel.EMAIL, "spring.mail.host (SPRING_MAIL_HOST)"));
        for (Channel channel : new Channel[] { Channel.SMS, Channel.WECHAT, Channel.PUSH }) {
            channels.put(channel, webhook(channel, properties.webhooks().get(channel)));
        }
        properties.webhooks().keySet().stream().filter(c -> c != Channel.SMS && c != Channel.WECHAT && c != Channel.PUSH)
                .findFirst().ifPresent(c -> {
                    throw new IllegalStateException("retention.dispatch.webhooks." + name(c) + ": only sms, wechat and "
                            + "push are sent through a webhook");
                });
        if (properties.redirectToLog()) {
            for (Channel channel : new Channel[] { Channel.SMS, Channel.EMAIL, Channel.WECHAT, Channel.PUSH }) {
                channels.put(channel, log);
            }
        }
    }

    public MessageChannel get(Channel channel) {
        return channels.get(channel);
    }

    private static MessageChannel webhook(Channel channel, Webhook webhook) {
        String prefix = "retention.dispatch.webhooks." + name(channel);
        if (webhook == null || webhook.url() == null) {
            return new UnconfiguredChannel(channel, prefix + ".url (RETENTION_DISPATCH_WEBHOOKS_"
                    + channel.name() + "_URL)");
        }
        if (webhook.secret() == null || webhook.secret().strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException(prefix + ".url is set but " + prefix + ".secret is missing or shorter than "
                    + MIN_SECRET_LENGTH + " characters: set RETENTION_DISPATCH_WEBHOOKS_" + channel.name()
                    + "_SECRET in the environment; a webhook is never sent unsigned");
        }
        return new WebhookChannel(channel, webhook.url(), webhook.secret().strip(), webhook.connectTimeout(),
                webhook.readTimeout());
    }

    private static String name(Channel channel) {
        return channel.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void close() {
        log.close();
    }
}
