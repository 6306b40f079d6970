package retention.batch.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import retention.batch.contact.ContactPolicyProperties.ChannelCaps;
import retention.batch.contact.Verdict.Outcome;
import retention.batch.sendtime.QuietHours;
import retention.batch.sendtime.SendWindow;
import retention.rules.facts.Channel;

class ContactPolicyTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final SendWindow WINDOW = new SendWindow(SHANGHAI, QuietHours.of("21:00-09:00"), LocalTime.of(10, 0),
            Duration.ofMinutes(15));
    static final Instant DUE = at("2026-11-23T10:00");
    static final Instant EXPIRES = DUE.plus(Duration.ofHours(48));

    final ContactPolicy policy = new ContactPolicy(ContactPolicyProperties.defaults());
    final ContactHistory history = new ContactHistory();

    @Test
    void sendsAtThePlannedTimeWhenNothingStandsInTheWay() {
        assertThat(decide(customer(), Channel.SMS)).isEqualTo(new Verdict(Outcome.SEND, DUE, null));
    }

    @Test
    void suppressesACustomerOnTheDoNotContactFlag() {
        CustomerContact optedOut = new CustomerContact(1, "张敏", "女士", null, "+8613800000001", null, null, "zh-CN",
                SHANGHAI, true, false, false, false, true);

        assertThat(decide(optedOut, Channel.SMS)).isEqualTo(
                new Verdict(Outcome.SUPPRESS, null, "customer asked not to be contacted (do-not-contact)"));
    }

    @Test
    void suppressesAChannelWithoutConsentOrWithoutAddress() {
        assertThat(decide(customer(), Channel.EMAIL).reason()).isEqualTo("no consent to EMAIL");
        assertThat(decide(customer(), Channel.WECHAT).reason()).isEqualTo("no WeChat openid for WECHAT");
    }

    @Test
    void suppressesAnAddressOnTheDoNotContactList() {
        Verdict verdict = policy.decide(customer(), Channel.SMS, history, "unsubscribed via provider", WINDOW, DUE, EXPIRES);

        assertThat(verdict.outcome()).isEqualTo(Outcome.SUPPRESS);
        assertThat(verdict.reason()).isEqualTo("the phone number is on the do-not-contact list: unsubscribed via provider");
        assertThat(Addresses.normalise(Channel.SMS, "+86 138-0000 0001")).isEqualTo("+8613800000001");
        assertThat(Addresses.normalise(Channel.EMAIL, " Emma@Example.COM ")).isEqualTo("emma@example.com");
    }

    @Test
    void stopsAfterTheConfiguredNumberOfIgnoredRecalls() {
        history.ignoredRecalls(3);

        assertThat(decide(customer(), Channel.SMS)).isEqualTo(
                new Verdict(Outcome.SUPPRESS, null, "ignored the last 3 recalls; contact stops after 3"));
    }

    @Test
    void postponesToTheNextDayWhenTheDailyCapIsReached() {
        ContactPolicy noCooldown = new ContactPolicy(new ContactPolicyProperties(1, 2, Map.of(), Duration.ZERO, 3,
                Duration.ofDays(14)));
        history.add(new Contact(at("2026-11-23T09:00"), Channel.EMAIL));

        Verdict verdict = noCooldown.decide(customer(), Channel.SMS, history, null, WINDOW, DUE, EXPIRES);

        assertThat(verdict.outcome()).isEqualTo(Outcome.POSTPONE);
        assertThat(verdict.at()).isEqualTo(at("2026-11-24T10:00"));
        assertThat(verdict.reason()).isEqualTo("daily cap of 1 message(s) reached on 2026-11-23; "
                + "postponed to 2026-11-24 10:00 Asia/Shanghai");
    }

    @Test
    void postponesUntilTheOldestMessageLeavesTheSevenDayWindow() {
        ContactPolicy noCooldown = new ContactPolicy(new ContactPolicyProperties(1, 2, Map.of(), Duration.ZERO, 3,
                Duration.ofDays(14)));
        history.add(new Contact(at("2026-11-18T10:00"), Channel.SMS));
        history.add(new Contact(at("2026-11-21T10:00"), Channel.SMS));

        Verdict verdict = noCooldown.decide(customer(), Channel.SMS, history, null, WINDOW, DUE, EXPIRES);

        assertThat(verdict.at()).isEqualTo(at("2026-11-25T10:00"));
        assertThat(verdict.reason()).startsWith("weekly cap of 2 message(s) in 7 days reached");
    }

    @Test
    void waitsForTheCooldownAfterARecall() {
        history.add(new Contact(at("2026-11-22T15:00"), Channel.WECHAT));

        Verdict verdict = decide(customer(), Channel.SMS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.POSTPONE);
        assertThat(verdict.at()).isEqualTo(at("2026-11-23T15:00"));
        assertThat(verdict.reason()).isEqualTo("cooldown of 24h after the recall of 2026-11-22 15:00 Asia/Shanghai; "
                + "postponed to 2026-11-23 15:00 Asia/Shanghai");
    }

    @Test
    void appliesAChannelsOwnCapOnTopOfTheGlobalOnes() {
        ContactPolicy smsWeekly = new ContactPolicy(new ContactPolicyProperties(1, 5,
                Map.of(Channel.SMS, new ChannelCaps(null, 1)), Duration.ZERO, 3, Duration.ofDays(14)));
        history.add(new Contact(at("2026-11-20T10:00"), Channel.SMS));

        assertThat(smsWeekly.decide(customer(), Channel.SMS, history, null, WINDOW, DUE, EXPIRES).reason())
                .startsWith("weekly cap of 1 SMS message(s) in 7 days reached");
        assertThat(smsWeekly.decide(customer(), Channel.PUSH, history, null, WINDOW, DUE, EXPIRES).outcome())
                .isEqualTo(Outcome.SEND);
    }

    @Test
    void letsTheLowerPriorityMessageWaitForTheNextFreeSlot() {
        Verdict first = decide(customer(), Channel.SMS);
        history.add(new Contact(first.at(), Channel.SMS));

        Verdict second = policy.decide(customer(), Channel.PUSH, history, null, WINDOW, DUE, EXPIRES);

        assertThat(first.outcome()).isEqualTo(Outcome.SEND);
        assertThat(second.outcome()).isEqualTo(Outcome.POSTPONE);
        assertThat(second.at()).isEqualTo(at("2026-11-24T10:00"));
    }

    @Test
    void expiresWithItsReasonWhenNoSlotIsFreeBeforeTheValidityEnds() {
        history.add(new Contact(at("2026-11-19T10:00"), Channel.SMS));
        history.add(new Contact(at("2026-11-21T10:00"), Channel.SMS));

        Verdict verdict = decide(customer(), Channel.SMS);

        assertThat(verdict.outcome()).isEqualTo(Outcome.EXPIRE);
        assertThat(verdict.reason()).isEqualTo("weekly cap of 2 message(s) in 7 days reached; "
                + "no free slot before it expires at 2026-11-25 10:00 Asia/Shanghai");
    }

    @Test
    void letsAPhoneCallbackThroughTheCapsButNotThroughAnOptOut() {
        history.add(new Contact(at("2026-11-23T09:00"), Channel.SMS));
        history.ignoredRecalls(5);

        assertThat(decide(customer(), Channel.PHONE).outcome()).isEqualTo(Outcome.SEND);
    }

    private Verdict decide(CustomerContact customer, Channel channel) {
        return policy.decide(customer, channel, history, null, WINDOW, DUE, EXPIRES);
    }

    private static CustomerContact customer() {
        return new CustomerContact(1, "张敏", "女士", "zhang@example.com", "+8613800000001", null, "token", "zh-CN",
                SHANGHAI, true, false, true, true, false);
    }

    static Instant at(String localShanghai) {
        return LocalDateTime.parse(localShanghai).atZone(SHANGHAI).toInstant();
    }
}
