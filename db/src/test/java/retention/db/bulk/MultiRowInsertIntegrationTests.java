package retention.db.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import retention.db.test.TestDatabase;
import retention.db.test.TestDatabases;

/**
 * Rows written as literals read back exactly as given, on MariaDB through Connector/J and on the embedded H2.
 */
class MultiRowInsertIntegrationTests {

    record Sample(String key, String text, Long number, LocalDate day, LocalDateTime at, BigDecimal amount,
            boolean flag, Double ratio) {
    }

    static final MultiRowInsert<Sample> INSERT = MultiRowInsert.<Sample>into("sample",
            List.of("k", "txt", "n", "d", "t", "amount", "flag", "ratio"),
            (s, values) -> values.add(s.key()).add(s.text()).add(s.number()).add(s.day()).add(s.at())
                    .add(s.amount()).add(s.flag()).add(s.ratio()))
            .then("ON DUPLICATE KEY UPDATE id = id");

    static final List<String> TEXTS = List.of("plain", "O'Brien's", "''", "", "C:\\shop\\", "ends with \\",
            "\\'; DROP TABLE sample; --", "two\nlines\r\n", "tab\there", "nul\u0000byte", "ctrl-z\u001A",
            "新客首单立减 50 元…", "🎁 gift", "?", "{fn now()}", "/* comment */", "-- dash", "#hash", "$1 \"quoted\"");

    static TestDatabase mariadb;
    static HikariDataSource server;
    static HikariDataSource h2;

    @BeforeAll
    static void start() {
        mariadb = TestDatabases.create();
        server = mariadb.dataSource();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:bulk;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        config.setMinimumIdle(1);
        h2 = new HikariDataSource(config);
    }

    @AfterAll
    static void drop() {
        server.close();
        h2.close();
        mariadb.drop();
    }

    static Stream<DataSource> databases() {
        return Stream.of(server, h2);
    }

    static JdbcTemplate freshTable(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("DROP TABLE IF EXISTS sample");
        jdbc.execute("CREATE TABLE sample (id BIGINT NOT NULL AUTO_INCREMENT, k VARCHAR(40) NOT NULL, "
                + "txt VARCHAR(200), n BIGINT, d DATE, t DATETIME(6), amount DECIMAL(12,2), flag BOOLEAN NOT NULL, "
                + "ratio DOUBLE, PRIMARY KEY (id), CONSTRAINT uq_sample UNIQUE (k)) DEFAULT CHARSET=utf8mb4");
        return jdbc;
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("databases")
    void storesEveryTextExactlyAsGiven(DataSource dataSource) {
        writesAndReadsBackEveryText(freshTable(dataSource));
    }

    static void writesAndReadsBackEveryText(JdbcTemplate jdbc) {
        List<Sample> rows = IntStream.range(0, TEXTS.size())
                .mapToObj(i -> new Sample("k" + i, TEXTS.get(i), null, null, null, null, false, null)).toList();

        INSERT.write(jdbc, rows);

        assertThat(jdbc.queryForList("SELECT txt FROM sample ORDER BY id", String.class))
                .containsExactlyElementsOf(TEXTS);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("databases")
    void storesNullsNumbersDatesAndTimes(DataSource dataSource) {
        JdbcTemplate jdbc = freshTable(dataSource);
        Sample full = new Sample("full", "x", -9_007_199_254_740_993L, LocalDate.of(2026, 12, 8),
                LocalDateTime.of(2026, 12, 8, 2, 5, 9, 123_456_000), new BigDecimal("-1234.50"), true, 1.0E-7);
        Sample empty = new Sample("empty", null, null, null, null, null, false, null);

        INSERT.write(jdbc, List.of(full, empty));

        assertThat(jdbc.query("SELECT k, txt, n, d, t, amount, flag, ratio FROM sample ORDER BY id",
                (rs, n) -> new Sample(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDateTime.class), rs.getBigDecimal(6),
                        rs.getBoolean(7), rs.getObject(8, Double.class))))
                .containsExactly(full, empty);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("databases")
    void cutsALongListIntoSeveralStatementsAndKeepsEveryRowOnce(DataSource dataSource) {
        JdbcTemplate jdbc = freshTable(dataSource);
        List<Sample> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(new Sample("k" + i, i % 7 == 0 ? "back\\slash " + i : "row " + i, (long) i, null, null, null,
                    false, null));
        }

        int statements = INSERT.statementChars(2_000).write(jdbc, rows);
        INSERT.write(jdbc, rows.subList(0, 10));

        assertThat(statements).isGreaterThan(10);
        assertThat(jdbc.queryForList("SELECT txt FROM sample ORDER BY n", String.class))
                .containsExactlyElementsOf(rows.stream().map(Sample::text).toList());
    }

    @Test
    void readsTheSameWhenTheServerTakesBackslashesLiterally() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(mariadb.url());
        config.setUsername(mariadb.username());
        config.setPassword(mariadb.password());
        // Set when connecting, as a server configured so would: the driver then escapes its parameters accordingly.
        config.addDataSourceProperty("sessionVariables", "sql_mode='STRICT_TRANS_TABLES,NO_BACKSLASH_ESCAPES'");
        try (HikariDataSource literal = new HikariDataSource(config)) {
            JdbcTemplate jdbc = freshTable(literal);
            assertThat(jdbc.queryForObject("SELECT @@sql_mode", String.class)).contains("NO_BACKSLASH_ESCAPES");

            writesAndReadsBackEveryText(jdbc);
        }
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("databases")
    void readsEveryDoubleBackBitForBit(DataSource dataSource) {
        JdbcTemplate jdbc = freshTable(dataSource);
        Random random = new Random(7);
        List<Double> doubles = new ArrayList<>(List.of(0.0, -0.5, 1.0, 0.1, 1.373069049042348E-5, 2.5991368621120975E-5,
                123456.789, 9.87654321E21, Double.MIN_NORMAL, Double.MAX_VALUE));
        for (int i = 0; i < 200; i++) {
            doubles.add(random.nextDouble() * Math.pow(10, random.nextInt(41) - 20));
        }
        MultiRowInsert<Double> insert = MultiRowInsert.into("sample", List.of("k", "flag", "ratio"),
                (value, values) -> values.add("k" + doubles.indexOf(value)).add(false).add(value.doubleValue()));

        insert.write(jdbc, doubles);

        assertThat(jdbc.queryForList("SELECT ratio FROM sample ORDER BY id", Double.class))
                .containsExactlyElementsOf(doubles);
    }

    @Test
    void refusesADoubleThatHasNoLiteral() {
        JdbcTemplate jdbc = freshTable(h2);
        MultiRowInsert<Double> insert = MultiRowInsert.into("sample", List.of("k", "flag", "ratio"),
                (value, values) -> values.add("k").add(false).add(value.doubleValue()));

        assertThatThrownBy(() -> insert.write(jdbc, List.of(Double.NaN))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no SQL literal for NaN");
        assertThatThrownBy(() -> insert.write(jdbc, List.of(Double.NEGATIVE_INFINITY)))
                .hasMessage("no SQL literal for -Infinity");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sample", Long.class)).isZero();
    }

    @Test
    void refusesARowWithMoreOrFewerValuesThanColumns() {
        JdbcTemplate jdbc = freshTable(h2);
        MultiRowInsert<String> shortRow = MultiRowInsert.into("sample", List.of("k", "txt"),
                (key, values) -> values.add(key));

        assertThatThrownBy(() -> shortRow.write(jdbc, List.of("a"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("a row of 1 values for 2 columns");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sample", Long.class)).isZero();
    }
}
