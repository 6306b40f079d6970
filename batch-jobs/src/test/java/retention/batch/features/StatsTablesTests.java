package retention.batch.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StatsTablesTests {

    final StatsTables tables = new StatsTables(LocalDate.of(2026, 11, 23), true);

    @Test
    void pointsEveryAggregateTableAtTheRunDatesCopy() {
        assertThat(tables.rename("SELECT * FROM stats_orders o JOIN stats_visits v ON v.customer_id = o.customer_id "
                + "LEFT JOIN stats_interactions i ON 1 = 1 LEFT JOIN stats_contacts l ON 1 = 1"))
                .isEqualTo("SELECT * FROM stats_orders_20261123 o JOIN stats_visits_20261123 v ON v.customer_id = "
                        + "o.customer_id LEFT JOIN stats_interactions_20261123 i ON 1 = 1 LEFT JOIN "
                        + "stats_contacts_20261123 l ON 1 = 1");
    }

    @Test
    void leavesNamesThatOnlyStartTheSameAlone() {
        assertThat(tables.rename("SELECT stats_orders_total, my_stats_orders FROM x")).isEqualTo(
                "SELECT stats_orders_total, my_stats_orders FROM x");
    }

    @Test
    void keepsTheMemoryEngineOnlyWhereNoReplicaCouldFillUp() {
        assertThat(StatsTables.useMemoryEngine(true, true, false)).isTrue();
        assertThat(StatsTables.useMemoryEngine(true, true, true)).as("binary log").isFalse();
        assertThat(StatsTables.useMemoryEngine(false, true, false)).as("turned off").isFalse();
        assertThat(StatsTables.useMemoryEngine(true, false, false)).as("H2").isFalse();
    }
}
