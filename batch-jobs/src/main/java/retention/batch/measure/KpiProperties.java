package retention.batch.measure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the retention KPIs are computed from the nightly snapshots.
 *
 * @param periodDays each night's rates compare its snapshot with the latest one at least this many days older (30:
 *        monthly repurchase, churn and win-back rates)
 */
@ConfigurationProperties("retention.kpi")
public record KpiProperties(@DefaultValue("30") int periodDays) {

    public KpiProperties {
        if (periodDays < 1 || periodDays > 366) {
            throw new IllegalArgumentException("retention.kpi.period-days must be from 1 to 366, was " + periodDays);
        }
    }
}
