package retention.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import retention.batch.BatchTestApplication;
import retention.batch.TestDatabaseProperties;
import retention.db.generate.GeneratorSettings;
import retention.db.generate.ShopGenerator;
import retention.db.test.TestDatabase;

@SpringBootTest(classes = BatchTestApplication.class, properties = "retention.quality.max-bad-row-share=0.001")
class TooManyBadRowsIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static TestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabaseProperties.register(registry);
    }

    @AfterAll
    static void drop() {
        database.drop();
    }

    @Test
    void failsLoudlyAboveTheBadRowLimitKeepingTheSkipLogAndNoActions(@Autowired DataSource dataSource,
            @Autowired NightlyRun nightlyRun, @Autowired JdbcClient jdbc) {
        new ShopGenerator(dataSource).generate(new GeneratorSettings(500, 4, AS_OF, 0.05, false), message -> { });

        NightlyRunResult result = nightlyRun.run(AS_OF);

        assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(result.failure()).contains("rows").contains("are bad, above the limit of 0.1%")
                .contains("retention.quality.max-bad-row-share");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM skip_log WHERE run_date = ?").param(AS_OF).query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_action").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT status FROM run_report WHERE execution_id = ?").param(result.executionId())
                .query(String.class).single()).isEqualTo("FAILED");
    }
}
