package retention.batch.sendtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import retention.batch.BatchTestApplication;
import retention.batch.TestDatabaseProperties;
import retention.batch.contact.CustomerSet;
import retention.db.test.TestDatabase;

/**
 * Activity hours read from real rows: UTC times counted in each customer's own hour, summer time included, over the
 * history window only, paid orders and opened messages only.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class ActivityHoursIntegrationTests {

    static final LocalDateTime SINCE = LocalDateTime.of(2025, 11, 23, 0, 0);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static TestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabaseProperties.register(registry);
    }

    @AfterAll
    static void drop() {
        database.drop();
    }

    @BeforeAll
    static void activity(@Autowired JdbcClient jdbc) {
        // Customer 1 in Berlin orders at 18:00 local in winter (17:00 UTC) and in summer (16:00 UTC).
        order(jdbc, 1, LocalDateTime.of(2026, 1, 15, 17, 0), "PAID");
        order(jdbc, 1, LocalDateTime.of(2026, 7, 15, 16, 0), "PAID");
        order(jdbc, 1, LocalDateTime.of(2026, 3, 1, 8, 0), "CANCELLED");
        order(jdbc, 1, LocalDateTime.of(2025, 11, 22, 23, 59, 59), "PAID");
        // Customer 2 in Shanghai opened a message at 09:30 local; another one sent was never opened.
        jdbc.sql("INSERT INTO contact_log (customer_id, channel, sent_at, opened_at, template, recall) VALUES "
                + "(2, 'SMS', ?, ?, 'weekly-deals', TRUE), (2, 'SMS', ?, NULL, 'weekly-deals', TRUE)")
                .params(LocalDateTime.of(2026, 11, 1, 1, 0), LocalDateTime.of(2026, 11, 1, 1, 30),
                        LocalDateTime.of(2026, 11, 2, 1, 0))
                .update();
        // Customer 3 lies between the batch's ids but is not in the batch.
        order(jdbc, 3, LocalDateTime.of(2026, 6, 1, 10, 0), "PAID");
        order(jdbc, 4, LocalDateTime.of(2026, 6, 1, 12, 0), "PAID");
    }

    @Test
    void countsEachCustomersActivityInTheirOwnHoursAcrossSummerTime(@Autowired ActivityHours hours) {
        Map<Long, HourHistogram> histograms = hours.load(CustomerSet.range(Set.of(1L, 2L, 4L)),
                Map.of(1L, BERLIN, 2L, SHANGHAI), SINCE);

        assertThat(histograms).containsOnlyKeys(1L, 2L, 4L);
        assertThat(counts(histograms.get(1L))).isEqualTo(Map.of(18, 2));
        assertThat(counts(histograms.get(2L))).isEqualTo(Map.of(9, 1));
        // No zone known: the fallback zone's hour.
        int fallbackHour = LocalDateTime.of(2026, 6, 1, 12, 0).atZone(ZoneId.of("UTC"))
                .withZoneSameInstant(SendTimes.FALLBACK_ZONE).getHour();
        assertThat(counts(histograms.get(4L))).isEqualTo(Map.of(fallbackHour, 1));
    }

    private static Map<Integer, Integer> counts(HourHistogram histogram) {
        return IntStream.range(0, 24).filter(h -> histogram.count(h) > 0).boxed()
                .collect(java.util.stream.Collectors.toMap(h -> h, histogram::count));
    }

    private static void order(JdbcClient jdbc, long customer, LocalDateTime placedAt, String status) {
        jdbc.sql("INSERT INTO orders (customer_id, placed_at, status, amount) VALUES (?, ?, ?, 100)")
                .params(customer, placedAt, status).update();
    }
}
