package retention.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiTests {

    @Test
    void keepsOnlyTheLastFourDigitsOfAPhoneNumber() {
        assertThat(Pii.mask("SMS", "+8613812345678")).isEqualTo("**********5678");
        assertThat(Pii.mask("PHONE", "12345")).isEqualTo("****5");
    }

    @Test
    void keepsTheFirstLetterAndDomainOfAnEmail() {
        assertThat(Pii.mask("EMAIL", "zhang.wei@example.com")).isEqualTo("z***@example.com");
        assertThat(Pii.mask("EMAIL", "no-at-sign")).isEqualTo("****");
    }

    @Test
    void keepsTheEndsOfAWechatIdAndNothingOfAPushToken() {
        assertThat(Pii.mask("WECHAT", "oWx1234567890abcdef")).isEqualTo("oWx****def");
        assertThat(Pii.mask("WECHAT", "short")).isEqualTo("****");
        assertThat(Pii.mask("PUSH", "token-abcdef")).isEqualTo("****");
    }

    @Test
    void leavesAMissingValueMissing() {
        assertThat(Pii.mask("SMS", null)).isNull();
    }
}
