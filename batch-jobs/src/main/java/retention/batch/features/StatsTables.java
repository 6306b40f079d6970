package retention.batch.features;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import retention.rules.facts.RfmSegment;

/**
 * The scratch tables that hold one run date's per-customer aggregates, and the RFM segment grid, while its facts are
 * computed: the {@code stats_*} tables of {@code stats/tables.sql} under the date's own names, created when the step
 * starts and dropped when it ends. Dropping a table is instant; deleting its three million rows took seconds and left InnoDB a minute of purging in the background,
 * while the rules were being evaluated. A copy per date keeps two dates computed at once apart, and a crashed run's
 * copies are dropped when the date runs again.
 */
final class StatsTables {

    private static final Logger log = LoggerFactory.getLogger(StatsTables.class);

    static final List<String> NAMES = List.of("stats_orders", "stats_interactions", "stats_contacts", "stats_visits",
            "stats_values", "stats_segments");

    private static final Pattern NAME =
            Pattern.compile("\\b(stats_(?:orders|interactions|contacts|visits|values|segments))\\b");

    /**
     * The most a MEMORY table of the run may hold on MySQL and MariaDB, fixed when it is created: memory is taken as
     * rows arrive, so the limit only has to be above what a run needs (about 25 MB of customer value estimates for a
     * million customers) instead of the server's 16 MiB default.
     */
    static final long MEMORY_TABLE_LIMIT = 4L << 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private static final String DEFINITIONS = SqlResource.read("stats/tables.sql");

    private final String suffix;
    private final boolean memoryTables;

    /**
     * @param memoryTables whether the tables that stats/tables.sql puts in the MEMORY engine stay there, or go to
     *        InnoDB like the others ({@link ScratchTableProperties#memoryTables})
     */
    StatsTables(LocalDate runDate, boolean memoryTables) {
        this.suffix = "_" + DAY.format(runDate);
        this.memoryTables = memoryTables;
    }

    /** The statement with each {@code stats_*} table replaced by the run date's copy. */
    String rename(String sql) {
        return NAME.matcher(sql).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + suffix));
    }

    /**
     * Creates the date's tables, after dropping any a crashed run left: the aggregates empty, the segment grid filled
     * with every combination of scores. Call it in a transaction, so that the MEMORY limit is raised on the
     * connection that creates the tables, and put back before the connection serves anything else.
     */
    void create(JdbcTemplate jdbcTemplate) {
        JdbcClient jdbc = JdbcClient.create(jdbcTemplate);
        drop(jdbc);
        String product = jdbcTemplate.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getDatabaseProductName());
        boolean mysql = product != null && product.matches("(?i)mysql|mariadb");
        boolean binaryLog = memoryTables && mysql
                && jdbc.sql("SELECT @@log_bin").query(Integer.class).single() != 0;
        if (binaryLog) {
            log.info("stats_values{} is an InnoDB table, not MEMORY: the server writes a binary log", suffix);
        }
        boolean memory = useMemoryEngine(memoryTables, mysql, binaryLog);
        if (memory) {
            jdbc.sql("SET SESSION max_heap_table_size = " + MEMORY_TABLE_LIMIT).update();
        }
        try {
            for (String statement : DEFINITIONS.split(";")) {
                if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
                    jdbc.sql(rename(memory ? statement : statement.replace("ENGINE=MEMORY", "ENGINE=InnoDB")))
                            .update();
                }
            }
        }
        finally {
            if (memory) {
                jdbc.sql("SET SESSION max_heap_table_size = DEFAULT").update();
            }
        }
        StringJoiner grid = new StringJoiner(", ", "INSERT INTO stats_segments (r_score, f_score, m_score, rfm_segment) "
                + "VALUES ", "");
        for (int r = 0; r <= 5; r++) {
            for (int f = 0; f <= 5; f++) {
                for (int m = 0; m <= 5; m++) {
                    grid.add("(" + r + ", " + f + ", " + m + ", '" + RfmSegment.of(r, f, m).name() + "')");
                }
            }
        }
        jdbc.sql(rename(grid.toString())).update();
    }

    /**
     * Whether the MEMORY tables of stats/tables.sql stay in that engine: when allowed, on MySQL or MariaDB, and only
     * on a server without a binary log. A replica would create the table with its own limit, 16 MiB unless raised,
     * and stop replicating when the night's estimates fill it (about 25 MB for a million customers). H2 has no
     * MEMORY engine to ask for.
     */
    static boolean useMemoryEngine(boolean allowed, boolean mysql, boolean binaryLog) {
        return allowed && mysql && !binaryLog;
    }

    void drop(JdbcClient jdbc) {
        NAMES.forEach(table -> jdbc.sql("DROP TABLE IF EXISTS " + table + suffix).update());
    }
}
