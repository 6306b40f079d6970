package retention.batch.sendtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import retention.rules.facts.Channel;

class SendWindowTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
    static final QuietHours NIGHT = QuietHours.of("21:00-09:00");

    @Test
    void sendsAtThePreferredLocalTimeInEachCustomersZone() {
        assertThat(window(SHANGHAI, "10:00").earliestFrom(local(SHANGHAI, "2026-11-23T00:00")))
                .isEqualTo(utc("2026-11-23T02:00"));
        assertThat(window(NEW_YORK, "10:00").earliestFrom(local(NEW_YORK, "2026-11-23T00:00")))
                .isEqualTo(utc("2026-11-23T15:00"));
        assertThat(window(KATHMANDU, "10:00").earliestFrom(local(KATHMANDU, "2026-11-23T00:00")))
                .isEqualTo(utc("2026-11-23T04:15"));
    }

    @Test
    void movesATimeInTheQuietHoursToTheNextMorningsPreferredTime() {
        assertThat(window(SHANGHAI, "10:00").earliestFrom(local(SHANGHAI, "2026-11-23T21:30")))
                .isEqualTo(local(SHANGHAI, "2026-11-24T10:00"));
        assertThat(window(NEW_YORK, "10:00").earliestFrom(local(NEW_YORK, "2026-11-23T23:59")))
                .isEqualTo(local(NEW_YORK, "2026-11-24T10:00"));
    }

    @Test
    void sendsAtTheEndOfTheQuietHoursWhenThePreferredTimeIsEarlierThatDay() {
        assertThat(window(SHANGHAI, "08:00").earliestFrom(local(SHANGHAI, "2026-11-23T02:00")))
                .isEqualTo(local(SHANGHAI, "2026-11-23T09:00"));
    }

    @Test
    void sendsAsSoonAsPossibleOnTheSlotWhenThePreferredTimeHasPassed() {
        assertThat(window(SHANGHAI, "10:00").earliestFrom(local(SHANGHAI, "2026-11-23T11:07")))
                .isEqualTo(local(SHANGHAI, "2026-11-23T11:15"));
        assertThat(window(SHANGHAI, "10:00").earliestFrom(local(SHANGHAI, "2026-11-23T20:50")))
                .isEqualTo(local(SHANGHAI, "2026-11-24T10:00"));
    }

    @Test
    void honoursQuietHoursThatDoNotCrossMidnight() {
        SendWindow lunch = new SendWindow(SHANGHAI, QuietHours.of("12:00-14:00"), LocalTime.of(12, 30),
                Duration.ofMinutes(15));

        assertThat(lunch.earliestFrom(local(SHANGHAI, "2026-11-23T00:00"))).isEqualTo(local(SHANGHAI, "2026-11-23T14:00"));
        assertThat(QuietHours.NONE.contains(LocalTime.of(3, 0))).isFalse();
    }

    @Test
    void choosesTheBusiestHourOutsideTheQuietHoursWithEnoughEvents() {
        HourHistogram activity = new HourHistogram();
        for (int i = 0; i < 5; i++) {
            activity.add(22);
        }
        for (int i = 0; i < 3; i++) {
            activity.add(19);
        }
        activity.add(12);

        assertThat(activity.best(NIGHT, 3)).contains(LocalTime.of(19, 0));
        assertThat(activity.best(NIGHT, 4)).isEmpty();
        assertThat(activity.best(QuietHours.NONE, 3)).contains(LocalTime.of(22, 0));
    }

    @Test
    void bindsQuietHoursPerChannelFromText() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "retention.send-time.quiet-hours", "22:00-08:00",
                "retention.send-time.channel-quiet-hours.email", "23:30-07:00")));

        SendTimeProperties properties = binder.bindOrCreate("retention.send-time", SendTimeProperties.class);

        assertThat(properties.quietHours(Channel.SMS)).isEqualTo(QuietHours.of("22:00-08:00"));
        assertThat(properties.quietHours(Channel.EMAIL)).isEqualTo(QuietHours.of("23:30-07:00"));
        assertThat(properties.defaultTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(properties.slot()).isEqualTo(Duration.ofMinutes(15));
        assertThat(SendTimeProperties.defaults().quietHours(Channel.SMS)).isEqualTo(NIGHT);
    }

    @Test
    void refusesQuietHoursThatAreNotARange() {
        assertThatThrownBy(() -> QuietHours.of("9pm")).hasMessage("quiet hours '9pm' must read HH:mm-HH:mm, e.g. 21:00-09:00");
    }

    private static SendWindow window(ZoneId zone, String preferred) {
        return new SendWindow(zone, NIGHT, LocalTime.parse(preferred), Duration.ofMinutes(15));
    }

    static Instant local(ZoneId zone, String time) {
        return LocalDateTime.parse(time).atZone(zone).toInstant();
    }

    static Instant utc(String time) {
        return local(ZoneId.of("UTC"), time);
    }
}
