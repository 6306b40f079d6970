package retention.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import retention.app.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * The action log, deliveries and facts over HTTP: filters, keyset pages, explanations, and masking of contact data.
 */
class ActionApiIntegrationTests extends ApiIntegrationTest {

    private static final LocalDate NIGHT = LocalDate.of(2025, 3, 2);
    private static boolean seeded;

    @BeforeEach
    void seed() {
        synchronized (ActionApiIntegrationTests.class) {
            if (seeded) {
                return;
            }
            jdbc.sql("INSERT INTO customer (id, name, email, phone, wechat_openid, language, time_zone, registered_at) "
                    + "VALUES (9001, 'Zhang Wei', 'zhang.wei@example.com', '+8613812345678', 'oWx1234567890abcdef', "
                    + "'zh-CN', 'Asia/Shanghai', '2024-01-01 00:00:00')").update();
            for (int day = 0; day < 3; day++) {
                for (int customer = 9001; customer <= 9010; customer++) {
                    for (String code : List.of("WINBACK_DISCOUNT", "COMEBACK_GIFT")) {
                        boolean planned = code.equals("WINBACK_DISCOUNT");
                        jdbc.sql("INSERT INTO retention_action (run_date, customer_id, action_code, kind, status, "
                                + "channel, rule_name, rule_book_version_id, priority, offer, reason, explanation, "
                                + "created_at) VALUES (?, ?, ?, 'MESSAGE', ?, 'SMS', ?, 7, 60, '50 off 300', ?, ?, "
                                + "'2025-03-02 02:10:00')")
                                .params(NIGHT.plusDays(day - 1), customer, code, planned ? "PLANNED" : "OUTRANKED",
                                        planned ? "Churned, price-sensitive: exclusive comeback discount"
                                                : "Churned: comeback gift pack",
                                        planned ? "price-sensitive churn" : "outranked by WINBACK_DISCOUNT on SMS",
                                        "stage = CHURNED; coupon_share = 0.8")
                                .update();
                    }
                }
            }
            jdbc.sql("INSERT INTO outbox (action_id, run_date, customer_id, channel, template, language, status, "
                    + "send_at, expires_at, idempotency_key) SELECT id, run_date, customer_id, channel, 'winback-price', "
                    + "'zh', 'PENDING', '2025-03-02 02:00:00', '2025-03-03 02:00:00', CONCAT('it-', id) "
                    + "FROM retention_action WHERE status = 'PLANNED' AND customer_id BETWEEN 9001 AND 9010").update();
            jdbc.sql("INSERT INTO customer_feature (run_date, customer_id, stage, registered_days, orders_total, "
                    + "frequency, monetary, language, preferred_channel) "
                    + "VALUES (?, 9001, 'CHURNED', 400, 5, 0, 0, 'zh', 'SMS')").param(NIGHT).update();
            jdbc.sql("INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence) "
                    + "VALUES (?, 9001, 'PRICE_SENSITIVE', 0.9, TRUE, '4 of 5 orders used a coupon')").param(NIGHT)
                    .update();
            seeded = true;
        }
    }

    @Test
    void pagesThroughEveryActionOfACustomerRangeOnceNewestFirst() {
        List<Long> seen = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiClient.Answer answer = as(Role.VIEWER).get("/api/v1/actions?from=2025-03-01&to=2025-03-03&limit=7"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            for (JsonNode item : answer.json().get("items")) {
                seen.add(item.get("id").asLong());
                dates.add(item.get("runDate").asString());
            }
            JsonNode next = answer.json().get("nextCursor");
            cursor = next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null);

        assertThat(seen).hasSize(60).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(9);
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void pagesThroughOneCustomersHistoryNewestFirst() {
        // The customer filter reads the unique key (customer, run date, action) and sorts: the page order and the
        // cursor must still follow (run date, id), not the key's action order.
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Answer answer = as(Role.VIEWER).get("/api/v1/actions?customerId=9004&limit=4"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            answer.json().get("items").forEach(item -> seen.add(item.get("id").asLong()));
            JsonNode next = answer.json().get("nextCursor");
            cursor = next.isNull() ? null : next.asString();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(jdbc.sql("SELECT id FROM retention_action WHERE customer_id = 9004 "
                + "ORDER BY run_date DESC, id DESC").query(Long.class).list()).hasSize(6);
    }

    @Test
    void filtersByCustomerActionCodeStatusAndRule() {
        JsonNode items = as(Role.VIEWER).get("/api/v1/actions?customerId=9003&actionCode=COMEBACK_GIFT&status=OUTRANKED"
                + "&rule=Churned:%20comeback%20gift%20pack").json().get("items");

        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("reason").asString()).isEqualTo("outranked by WINBACK_DISCOUNT on SMS");
        assertThat(items.get(0).get("ruleBookVersionId").asLong()).isEqualTo(7);
    }

    @Test
    void showsEachActionWithItsExplanationAndDeliveriesMaskedForAPlainViewer() {
        JsonNode action = as(Role.VIEWER).get("/api/v1/actions?customerId=9001&actionCode=WINBACK_DISCOUNT&from="
                + NIGHT + "&to=" + NIGHT).json().get("items").get(0);

        assertThat(action.get("explanation").asString()).isEqualTo("stage = CHURNED; coupon_share = 0.8");
        assertThat(action.get("ruleName").asString()).isEqualTo("Churned, price-sensitive: exclusive comeback discount");
        JsonNode delivery = action.get("deliveries").get(0);
        assertThat(delivery.get("status").asString()).isEqualTo("PENDING");
        assertThat(delivery.get("recipient").asString()).isEqualTo("**********5678");

        JsonNode single = as(Role.ADMIN).get("/api/v1/actions/" + action.get("id").asLong()).json();
        assertThat(single.get("deliveries").get(0).get("recipient").asString()).doesNotContain("13812345678");
    }

    @Test
    void showsContactDataUnmaskedOnlyToAKeyWithThePiiFlag() {
        JsonNode masked = as(Role.VIEWER).get("/api/v1/customers/9001/facts").json().get("contact");
        JsonNode clear = withKey(piiKey()).get("/api/v1/customers/9001/facts").json().get("contact");

        assertThat(masked.get("phone").asString()).isEqualTo("**********5678");
        assertThat(masked.get("email").asString()).isEqualTo("z***@example.com");
        assertThat(masked.get("wechatOpenid").asString()).isEqualTo("oWx****def");
        assertThat(clear.get("phone").asString()).isEqualTo("+8613812345678");
        assertThat(clear.get("email").asString()).isEqualTo("zhang.wei@example.com");
    }

    @Test
    void givesACustomersFactsWithCausesAndEvidence() {
        JsonNode facts = as(Role.VIEWER).get("/api/v1/customers/9001/facts?runDate=" + NIGHT).json();

        assertThat(facts.get("facts").get("stage").asString()).isEqualTo("CHURNED");
        assertThat(facts.get("causes").get(0).get("cause").asString()).isEqualTo("PRICE_SENSITIVE");
        assertThat(facts.get("causes").get(0).get("evidence").asString()).isEqualTo("4 of 5 orders used a coupon");
        assertThat(as(Role.VIEWER).get("/api/v1/customers/9001/facts?runDate=2025-01-01").status()).isEqualTo(404);
    }

    @Test
    void listsDeliveriesByCustomerWithTheirAction() {
        JsonNode items = as(Role.VIEWER).get("/api/v1/deliveries?customerId=9002&channel=SMS").json().get("items");

        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("actionId").asLong()).isPositive();
    }
}
