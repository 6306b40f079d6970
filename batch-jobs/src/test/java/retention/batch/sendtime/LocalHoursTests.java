package retention.batch.sendtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LocalHoursTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void countsTheHourAcrossEachChangeOfSummerTimeToTheSecond() {
        LocalHours hours = new LocalHours(BERLIN);

        // Summer time starts on 2026-03-29 at 01:00 UTC and ends on 2026-10-25 at 01:00 UTC.
        assertThat(hours.hourOf(LocalDateTime.of(2026, 3, 29, 0, 59, 59))).isEqualTo(1);
        assertThat(hours.hourOf(LocalDateTime.of(2026, 3, 29, 1, 0, 0))).isEqualTo(3);
        assertThat(hours.hourOf(LocalDateTime.of(2026, 10, 25, 0, 59, 59))).isEqualTo(2);
        assertThat(hours.hourOf(LocalDateTime.of(2026, 10, 25, 1, 0, 0))).isEqualTo(2);
        assertThat(hours.hourOf(LocalDateTime.of(2026, 3, 29, 0, 30, 0))).isEqualTo(1);
    }

    @Test
    void agreesWithZonedTimesInAnyOrderOfTimesAndAnyZone() {
        Random random = new Random(7);
        long from = LocalDateTime.of(2024, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long span = 3L * 365 * 86_400;
        for (String id : List.of("Asia/Shanghai", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
                "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "UTC")) {
            ZoneId zone = ZoneId.of(id);
            LocalHours hours = new LocalHours(zone);
            for (int i = 0; i < 20_000; i++) {
                LocalDateTime utc = LocalDateTime.ofEpochSecond(from + (long) (random.nextDouble() * span), 0,
                        ZoneOffset.UTC);

                assertThat(hours.hourOf(utc)).as("%s at %s UTC", id, utc)
                        .isEqualTo(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).getHour());
            }
        }
    }
}
