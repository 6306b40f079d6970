package retention.app.schedule;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the nightly run starts and which calendar decides what "today" is.
 *
 * @param nightlyCron Quartz cron expression of the nightly run (default {@code 0 0 2 * * ?}: 02:00 every day)
 * @param zone the shop's time zone: the cron expression and the run date are read in it (default Asia/Shanghai)
 */
@ConfigurationProperties("retention.schedule")
public record ScheduleProperties(@DefaultValue("0 0 2 * * ?") String nightlyCron,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {
}
