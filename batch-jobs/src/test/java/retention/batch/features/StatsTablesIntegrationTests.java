package retention.batch.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import retention.batch.BatchTestApplication;
import retention.batch.TestDatabaseProperties;
import retention.db.test.TestDatabase;

/**
 * The scratch tables of a run date on MariaDB: the customer value estimates in memory unless turned off or the server
 * writes a binary log, and nothing left behind.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class StatsTablesIntegrationTests {

    static TestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabaseProperties.register(registry);
    }

    @AfterAll
    static void drop() {
        database.drop();
    }

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParallelStatements parallel;

    final StatsTables tables = new StatsTables(LocalDate.of(2026, 11, 23), true);

    @Test
    void keepsTheEstimatesInAMemoryTableAboveTheDefaultLimitAndPutsTheSessionLimitBack() {
        parallel.call(() -> {
            tables.create(jdbcTemplate);
            assertThat(jdbc.sql("SELECT @@session.max_heap_table_size = @@global.max_heap_table_size")
                    .query(Integer.class).single()).isOne();
            return null;
        });
        boolean binaryLog = jdbc.sql("SELECT @@log_bin").query(Integer.class).single() != 0;
        assertThat(jdbc.sql("SELECT engine FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name = 'stats_values_20261123'").query(String.class).single())
                .isEqualToIgnoringCase(binaryLog ? "InnoDB" : "MEMORY");
        if (!binaryLog) {
            // MEMORY tables report the most they may hold, fixed when they were created.
            assertThat(jdbc.sql("SELECT max_data_length FROM information_schema.tables WHERE table_schema = DATABASE() "
                    + "AND table_name = 'stats_values_20261123'").query(Long.class).single())
                    .isGreaterThan(1L << 30);
        }

        parallel.call(() -> {
            tables.drop(jdbc);
            return null;
        });

        assertThat(scratchTables()).isEmpty();
    }

    @Test
    void putsTheEstimatesInInnoDbWhereMemoryTablesAreTurnedOff() {
        StatsTables innoDb = new StatsTables(LocalDate.of(2026, 11, 23), false);
        parallel.call(() -> {
            innoDb.create(jdbcTemplate);
            return null;
        });
        try {
            assertThat(jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                    + "AND table_name LIKE 'stats\\_%\\_20261123' AND engine <> 'InnoDB'").query(String.class).list())
                    .isEmpty();
            assertThat(scratchTables()).hasSize(StatsTables.NAMES.size());
        }
        finally {
            parallel.call(() -> {
                innoDb.drop(jdbc);
                return null;
            });
        }
    }

    private List<String> scratchTables() {
        return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name LIKE 'stats\\_%\\_20261123'").query(String.class).list();
    }
}
