package retention.app.dispatch.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import retention.app.dispatch.channel.Delivery;
import retention.app.dispatch.channel.Delivery.Result;

class WebhookChannelTests {

    @Test
    void treatsSuccessAsSentClientErrorsAsPermanentAndTheRestAsTransient() {
        assertThat(WebhookChannel.classify(202, "{\"id\":\"m1\"}")).isEqualTo(Delivery.sent("HTTP 202: {\"id\":\"m1\"}"));
        assertThat(WebhookChannel.classify(400, "bad number").result()).isEqualTo(Result.PERMANENT_FAILURE);
        assertThat(WebhookChannel.classify(429, "slow down").result()).isEqualTo(Result.TRANSIENT_FAILURE);
        assertThat(WebhookChannel.classify(408, "").result()).isEqualTo(Result.TRANSIENT_FAILURE);
        assertThat(WebhookChannel.classify(502, "").detail()).isEqualTo("HTTP 502");
    }

    @Test
    void signsTheExactBodyWithHmacSha256() {
        // RFC 4231, test case 2.
        assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void escapesTextInTheJsonBody() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("body", "张女士您好！\n\"50\" off\\");
        fields.put("subject", null);
        fields.put("customerId", 42L);

        assertThat(JsonBody.of(fields)).isEqualTo("{\"body\":\"张女士您好！\\n\\\"50\\\" off\\\\\",\"customerId\":42}");
    }
}
