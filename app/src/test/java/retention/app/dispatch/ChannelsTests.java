package retention.app.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import retention.app.dispatch.channel.Delivery;
import retention.app.dispatch.channel.LogChannel;
import retention.app.dispatch.channel.OutgoingMessage;
import retention.app.dispatch.channel.UnconfiguredChannel;
import retention.app.dispatch.webhook.WebhookChannel;
import retention.rules.facts.Channel;
import retention.rules.template.RenderedMessage;

class ChannelsTests {

    @TempDir
    Path home;

    @Test
    void bindsTheDefaultsAndAWebhookFromProperties() {
        DispatchProperties properties = bind(Map.of("retention.dispatch.webhooks.sms.url", "http://127.0.0.1:9/send",
                "retention.dispatch.webhooks.sms.secret", "0123456789abcdef"));

        assertThat(properties.batchSize()).isEqualTo(500);
        assertThat(properties.lease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.webhooks().get(Channel.SMS).readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(properties.backoff(12)).isEqualTo(Duration.ofHours(1));
        assertThat(new Channels(properties, null, null, Clock.systemUTC()).get(Channel.SMS)).isInstanceOf(WebhookChannel.class);
    }

    @Test
    void readsAWebhookAndItsSecretFromEnvironmentVariables() {
        SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(Map.of(
                "RETENTION_DISPATCH_WEBHOOKS_SMS_URL", "http://127.0.0.1:9/send",
                "RETENTION_DISPATCH_WEBHOOKS_SMS_SECRET", "0123456789abcdef",
                "RETENTION_DISPATCH_WEBHOOKS_SMS_READTIMEOUT", "3s",
                "RETENTION_DISPATCH_EMAILFROM", "crm@shop.example")));

        DispatchProperties properties = new Binder(ConfigurationPropertySources.from(environment))
                .bindOrCreate("retention.dispatch", DispatchProperties.class);

        assertThat(properties.webhooks()).as(properties.toString()).containsKey(Channel.SMS);
        assertThat(properties.webhooks().get(Channel.SMS).secret()).isEqualTo("0123456789abcdef");
        assertThat(properties.webhooks().get(Channel.SMS).readTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(properties.emailFrom()).isEqualTo("crm@shop.example");
    }

    @Test
    void refusesToStartAWebhookWithoutASecret() {
        DispatchProperties properties = bind(Map.of("retention.dispatch.webhooks.wechat.url", "http://127.0.0.1:9/send"));

        assertThatThrownBy(() -> new Channels(properties, null, null, Clock.systemUTC()))
                .hasMessageContaining("retention.dispatch.webhooks.wechat.secret is missing")
                .hasMessageContaining("RETENTION_DISPATCH_WEBHOOKS_WECHAT_SECRET");
    }

    @Test
    void failsMessagesOfAnUnconfiguredChannelWithTheSettingToFix() {
        Channels channels = new Channels(bind(Map.of()), null, null, Clock.systemUTC());

        Delivery delivery = channels.get(Channel.PUSH).send(message(Channel.PUSH));

        assertThat(channels.get(Channel.EMAIL)).isInstanceOf(UnconfiguredChannel.class);
        assertThat(delivery).isEqualTo(Delivery.permanentFailure("no provider configured for PUSH: set "
                + "retention.dispatch.webhooks.push.url (RETENTION_DISPATCH_WEBHOOKS_PUSH_URL)"));
    }

    @Test
    void writesEveryChannelToTheLogFileWhenRedirected() throws Exception {
        Path log = home.resolve("data/messages.log");
        try (Channels channels = new Channels(bind(Map.of("retention.dispatch.redirect-to-log", "true",
                "retention.dispatch.log-file", log.toString())), null, null, Clock.systemUTC())) {
            assertThat(channels.get(Channel.SMS)).isInstanceOf(LogChannel.class);
            assertThat(channels.get(Channel.SMS).send(message(Channel.SMS)).result()).isEqualTo(Delivery.Result.SENT);
        }

        assertThat(java.nio.file.Files.readString(log)).contains("SMS to +8613800000001", "key ra-1-sms",
                "subject: 回归礼", "张女士您好！");
    }

    private static OutgoingMessage message(Channel channel) {
        return new OutgoingMessage(1, "ra-1-" + channel.name().toLowerCase(), 7, "张敏", channel, "+8613800000001",
                "zh-CN", "comeback", new RenderedMessage("回归礼", "张女士您好！", true));
    }

    private static DispatchProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("retention.dispatch",
                DispatchProperties.class);
    }

}
