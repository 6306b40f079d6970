package retention.batch.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention KPIs of DOMAIN.md over time, computed by the database over the stored nightly snapshots: each
 * night in the range is joined with the latest snapshot at least a period older, customer by customer, and
 * grouped by the stage (or RFM segment) the customer was in at the start. No customer is loaded into memory.
 */
@Component
public class Kpis {

    /** How customers are grouped; the column names are fixed here, never taken from the caller. */
    public enum By {
        STAGE("stage"), SEGMENT("rfm_segment");

        private final String column;

        By(String column) {
            this.column = column;
        }

        /** {@code stage} or {@code segment}, case-insensitive. */
        public static By of(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("group by \"" + text + "\" is not one of stage, segment");
            }
        }
    }

    private static final String SQL = """
            WITH dates AS (
                SELECT DISTINCT run_date FROM customer_feature
            ), periods AS (
                SELECT n.run_date AS night, MAX(s.run_date) AS since
                FROM dates n JOIN dates s ON s.run_date <= TIMESTAMPADD(DAY, -:periodDays, n.run_date)
                WHERE n.run_date BETWEEN :from AND :to
                GROUP BY n.run_date
            )
            SELECT p.night, p.since, b.%1$s AS grp, COUNT(*) AS customers,
                   SUM(CASE WHEN b.orders_total >= 1 THEN 1 ELSE 0 END) AS buyers,
                   SUM(CASE WHEN b.orders_total >= 1 AND e.orders_total > b.orders_total THEN 1 ELSE 0 END),
                   SUM(CASE WHEN b.stage NOT IN ('CHURNED', 'POTENTIAL') THEN 1 ELSE 0 END),
                   SUM(CASE WHEN b.stage NOT IN ('CHURNED', 'POTENTIAL') AND e.stage = 'CHURNED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN b.stage = 'CHURNED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN b.stage = 'CHURNED' AND e.orders_total > b.orders_total THEN 1 ELSE 0 END),
                   AVG(e.clv_12m),
                   SUM(CASE WHEN e.last_nps IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN e.last_nps >= 9 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN e.last_nps <= 6 THEN 1 ELSE 0 END)
            FROM periods p
            JOIN customer_feature b ON b.run_date = p.since
            JOIN customer_feature e ON e.run_date = p.night AND e.customer_id = b.customer_id
            GROUP BY p.night, p.since, b.%1$s
            ORDER BY p.night, b.%1$s
            """;

    private final JdbcClient jdbc;
    private final KpiProperties properties;

    public Kpis(JdbcClient jdbc, KpiProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The KPIs of every night from {@code from} to {@code to} that has a snapshot a period older. */
    public List<KpiPoint> over(LocalDate from, LocalDate to, By by) {
        return jdbc.sql(SQL.formatted(by.column))
                .param("from", from)
                .param("to", to)
                .param("periodDays", properties.periodDays())
                .query((rs, row) -> {
                    long responses = rs.getLong(12);
                    Double nps = responses == 0 ? null : 100.0 * (rs.getLong(13) - rs.getLong(14)) / responses;
                    return new KpiPoint(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                            rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                            rs.getLong(9), rs.getLong(10), rs.getBigDecimal(11), responses, nps);
                })
                .list();
    }

    public KpiProperties properties() {
        return properties;
    }
}
