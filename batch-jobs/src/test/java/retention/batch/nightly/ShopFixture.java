package retention.batch.nightly;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A handful of customers, one per lifecycle stage, with order histories chosen so that every stage and its rule
 * is unambiguous on the run date.
 */
public final class ShopFixture {

    public static final long POTENTIAL = 1;
    public static final long NEW = 2;
    public static final long ACTIVE = 3;
    public static final long LOYAL = 4;
    public static final long AT_RISK = 5;
    public static final long CHURNED = 6;

    private final JdbcClient jdbc;
    private final LocalDateTime t0;

    public ShopFixture(JdbcClient jdbc, LocalDate runDate) {
        this.jdbc = jdbc;
        this.t0 = runDate.atStartOfDay();
    }

    public void create() {
        customer(POTENTIAL, "王芳", "女士", 30);
        customer(NEW, "李强", "先生", 40);
        order(NEW, 10, 200);
        customer(ACTIVE, "张敏", "女士", 400);
        for (int day = 5; day <= 175; day += 20) {
            order(ACTIVE, day, 150);
        }
        customer(LOYAL, "刘洋", "先生", 400);
        for (int day = 4; day <= 180; day += 8) {
            order(LOYAL, day, 200);
        }
        customer(AT_RISK, "陈静", "女士", 400);
        for (int day = 95; day <= 170; day += 15) {
            order(AT_RISK, day, 300);
        }
        order(AT_RISK, 20, 100);
        customer(CHURNED, "杨磊", "先生", 400);
        order(CHURNED, 120, 200);
        order(CHURNED, 150, 200);
        order(CHURNED, 200, 200);
    }

    void customer(long id, String name, String title, int registeredDaysAgo) {
        jdbc.sql("INSERT INTO customer (id, name, title, phone, language, time_zone, city, consent_sms, registered_at) "
                + "VALUES (?, ?, ?, ?, 'zh-CN', 'Asia/Shanghai', '上海', TRUE, ?)")
                .params(id, name, title, "+86138000000" + String.format("%02d", id), t0.minusDays(registeredDaysAgo))
                .update();
    }

    void order(long customerId, int daysAgo, int amount) {
        orderAt(customerId, t0.minusDays(daysAgo).plusHours(9), amount);
    }

    void orderAt(long customerId, LocalDateTime placedAt, int amount) {
        jdbc.sql("INSERT INTO orders (customer_id, placed_at, status, amount, category) VALUES (?, ?, 'PAID', ?, 'beauty')")
                .params(customerId, placedAt, BigDecimal.valueOf(amount)).update();
    }
}
