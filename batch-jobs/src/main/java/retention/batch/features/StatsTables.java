package retention.batch.features;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    static final List<String> NAMES = List.of("stats_orders", "stats_interactions", "stats_contacts", "stats_visits",
            "stats_segments");

    private static final Pattern NAME = Pattern.compile("\\b(stats_(?:orders|interactions|contacts|visits|segments))\\b");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private static final String DEFINITIONS = SqlResource.read("stats/tables.sql");

    private final String suffix;

    StatsTables(LocalDate runDate) {
        this.suffix = "_" + DAY.format(runDate);
    }

    /** The statement with each {@code stats_*} table replaced by the run date's copy. */
    String rename(String sql) {
        return NAME.matcher(sql).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + suffix));
    }

    /**
     * Creates the date's tables, after dropping any a crashed run left: the aggregates empty, the segment grid filled
     * with every combination of scores.
     */
    void create(JdbcClient jdbc) {
        drop(jdbc);
        for (String statement : DEFINITIONS.split(";")) {
            if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
                jdbc.sql(rename(statement)).update();
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

    void drop(JdbcClient jdbc) {
        NAMES.forEach(table -> jdbc.sql("DROP TABLE IF EXISTS " + table + suffix).update());
    }
}
