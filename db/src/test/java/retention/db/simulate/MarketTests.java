package retention.db.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import retention.db.generate.GeneratorSettings;
import retention.db.generate.ShopGenerator;
import retention.db.generate.H2Shops;

/**
 * The simulated customers: a discount brings price-sensitive customers back far more than the others, held-out
 * customers only buy on their own, the truth follows the planted effects, and a seed replays the same market.
 */
class MarketTests {

    static final LocalDate START = LocalDate.of(2026, 6, 1);
    static final String RULE = "Everyone: a discount";
    static final String OTHERS = RULE + " (others)";
    static final TrueEffects EFFECTS = new TrueEffects(Map.of("WINBACK_DISCOUNT", Map.of("PRICE_SENSITIVE", 0.9,
            "*", 0.0)), 0.0, 0.0, 30);

    static HikariDataSource dataSource;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void shop() {
        dataSource = H2Shops.create();
        jdbc = new JdbcTemplate(dataSource);
        new ShopGenerator(dataSource).generate(new GeneratorSettings(1_000, 5, START, 0, false), null);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void aDiscountBringsBackThePriceSensitiveAndTheTruthSaysSo() {
        List<Long> priceSensitive = ids("causes LIKE '%PRICE_SENSITIVE%' AND stage = 'CHURNED'");
        List<Long> others = ids("causes NOT LIKE '%PRICE_SENSITIVE%' AND stage = 'CHURNED'");
        Market market = Market.open(dataSource, EFFECTS, 1, 14);
        List<Exposure> exposures = new ArrayList<>();
        for (int k = 0; k < priceSensitive.size(); k++) {
            boolean heldOut = k % 2 == 1;
            exposures.add(new Exposure(priceSensitive.get(k), RULE, "WINBACK_DISCOUNT", START, START, !heldOut,
                    heldOut));
        }
        for (int k = 0; k < others.size(); k++) {
            boolean heldOut = k % 2 == 1;
            exposures.add(new Exposure(others.get(k), OTHERS, "WINBACK_DISCOUNT", START, START, !heldOut, heldOut));
        }
        market.expose(exposures);
        for (int day = 0; day <= Market.longestAnswerDelay(); day++) {
            market.play(START.plusDays(day));
        }

        List<Long> treated = priceSensitive.stream().filter(id -> priceSensitive.indexOf(id) % 2 == 0).toList();
        List<Long> heldOut = priceSensitive.stream().filter(id -> priceSensitive.indexOf(id) % 2 == 1).toList();
        assertThat(priceSensitive).hasSizeGreaterThan(20);
        assertThat(buyersFrom(treated, START)).isGreaterThanOrEqualTo(Math.round(treated.size() * 0.75));
        assertThat(buyersFrom(heldOut, START)).isLessThan(Math.round(heldOut.size() * 0.25));
        assertThat(market.truth().get(RULE).uplift()).isBetween(0.8, 0.95);
        assertThat(market.truth().get(RULE).planted()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(market.truth().get(OTHERS).uplift()).isBetween(-0.05, 0.05);
        assertThat(market.truth().get(OTHERS).planted()).isZero();
    }

    @Test
    void aMessageKeptBackBringsNoAnswer() {
        List<Long> priceSensitive = ids("causes LIKE '%PRICE_SENSITIVE%' AND stage = 'CHURNED'");
        LocalDate night = START.plusYears(1);
        Market market = Market.open(dataSource, EFFECTS, 2, 14);
        List<Exposure> exposures = new ArrayList<>();
        for (int k = 0; k < priceSensitive.size(); k++) {
            exposures.add(new Exposure(priceSensitive.get(k), RULE, "WINBACK_DISCOUNT", night, night, false,
                    k % 2 == 1));
        }
        market.expose(exposures);
        for (int day = 0; day <= Market.longestAnswerDelay(); day++) {
            market.play(night.plusDays(day));
        }

        assertThat(market.truth().get(RULE).uplift()).isBetween(-0.05, 0.05);
        assertThat(market.truth().get(RULE).planted()).isZero();
        assertThat(buyersFrom(priceSensitive, night)).isLessThan(Math.round(priceSensitive.size() * 0.25));
    }

    @Test
    void countsOnlyARulesFirstChoiceOfACustomer() {
        List<Long> churned = ids("causes LIKE '%PRICE_SENSITIVE%' AND stage = 'CHURNED'");
        LocalDate night = START.plusYears(3);
        Market market = Market.open(dataSource, EFFECTS, 4, 14);
        for (int day = 0; day < 20; day++) {
            market.expose(List.of(new Exposure(churned.get(0), RULE, "WINBACK_DISCOUNT", night.plusDays(day),
                    night.plusDays(day), false, true), new Exposure(churned.get(1), RULE, "WINBACK_DISCOUNT",
                            night.plusDays(day), night.plusDays(day), true, false)));
        }

        assertThat(market.truth().get(RULE).customers()).isEqualTo(2);
    }

    @Test
    void theSameSeedPlaysTheSameDay() {
        LocalDate day = START.plusYears(2);
        Market.open(dataSource, TrueEffects.defaults(), 3, 14).play(day);
        String first = checksum(day);
        jdbc.update("DELETE FROM orders WHERE placed_at >= ?", day.atStartOfDay());
        Market.open(dataSource, TrueEffects.defaults(), 3, 14).play(day);

        assertThat(checksum(day)).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE placed_at >= ?", Long.class,
                day.atStartOfDay())).isPositive();
    }

    private List<Long> ids(String where) {
        return jdbc.queryForList("SELECT customer_id FROM planted_truth WHERE " + where + " ORDER BY customer_id",
                Long.class);
    }

    private long buyersFrom(List<Long> ids, LocalDate from) {
        return ids.stream().filter(id -> jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE customer_id = ? "
                + "AND placed_at >= ? AND placed_at < ?", Long.class, id, from.atStartOfDay(),
                from.plusDays(30).atStartOfDay()) > 0).count();
    }

    private String checksum(LocalDate day) {
        return jdbc.queryForObject("SELECT CONCAT(COUNT(*), '/', SUM(customer_id), '/', SUM(amount)) FROM orders "
                + "WHERE placed_at >= ?", String.class, day.atStartOfDay());
    }
}
