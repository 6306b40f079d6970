package retention.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaIntegrationTests {

    static TestDatabase database;
    static HikariDataSource dataSource;
    static JdbcClient jdbc;

    @BeforeAll
    static void migrate() {
        database = TestDatabases.create();
        dataSource = database.migratedDataSource();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void drop() {
        dataSource.close();
        database.drop();
    }

    @Test
    void createsTheShopTheActionLogAndTheFrameworkTables() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name IN ('customer', 'orders', 'interaction', 'customer_feature', 'retention_action', "
                + "'outbox', 'rule_book_version', 'BATCH_JOB_INSTANCE', 'QRTZ_TRIGGERS')").query(Long.class).single())
                .isEqualTo(9);
    }

    @Test
    void storesChineseNamesIntact() {
        jdbc.sql("INSERT INTO customer (id, name, title, language, time_zone, registered_at) VALUES (1, '张伟', '先生', "
                + "'zh-CN', 'Asia/Shanghai', ?)").param(LocalDateTime.of(2026, 1, 1, 8, 0)).update();

        assertThat(jdbc.sql("SELECT CONCAT(name, title) FROM customer WHERE id = 1").query(String.class).single())
                .isEqualTo("张伟先生");
    }

    /**
     * Each index of the action log costs the nightly run one entry per action (V11), so the set is deliberate: the
     * unique key leading with the customer, the run date's list, and the two selective API filters.
     */
    @Test
    void indexesTheActionLogOncePerAccessPath() {
        assertThat(jdbc.sql("SELECT index_name, GROUP_CONCAT(column_name ORDER BY seq_in_index) "
                + "FROM information_schema.statistics WHERE table_schema = DATABASE() "
                + "AND table_name = 'retention_action' GROUP BY index_name")
                .query((rs, n) -> rs.getString(1) + " (" + rs.getString(2) + ")").list())
                .containsExactlyInAnyOrder("PRIMARY (id)",
                        "uq_retention_action_customer (customer_id,run_date,action_code)",
                        "ix_retention_action_date (run_date,id)",
                        "ix_retention_action_code (action_code,run_date,id)",
                        "ix_retention_action_rule (rule_name,run_date,id)");
    }

    @Test
    void refusesASecondActionOfTheSameKindForOneCustomerAndNight() {
        String insert = "INSERT INTO retention_action (run_date, customer_id, action_code, kind, status, channel, "
                + "rule_name, rule_book_version_id, priority, explanation, created_at) "
                + "VALUES (?, 7, 'WINBACK_DISCOUNT', 'MESSAGE', 'PLANNED', 'SMS', 'r', 1, 60, '', ?)";
        jdbc.sql(insert).params(LocalDate.of(2026, 11, 23), LocalDateTime.now()).update();

        assertThatThrownBy(() -> jdbc.sql(insert).params(LocalDate.of(2026, 11, 23), LocalDateTime.now()).update())
                .isInstanceOf(DuplicateKeyException.class);
    }
}
