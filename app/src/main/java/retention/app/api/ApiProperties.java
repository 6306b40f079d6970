package retention.app.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the REST API, so that no single request can ask the database for everything.
 *
 * @param defaultPageSize items per page when the caller names none (default 50)
 * @param maxPageSize the largest page a caller may ask for (default 500)
 * @param maxRangeDays the longest run-date range a list may filter on (default 366)
 * @param maxExportDays the longest run-date range of one export (default 366)
 * @param maxJsonBodyBytes the largest JSON request body (default 64 KiB)
 * @param maxConcurrentExports exports streaming at once; each holds a database connection (default 2)
 */
@ConfigurationProperties("retention.api")
public record ApiProperties(@DefaultValue("50") int defaultPageSize, @DefaultValue("500") int maxPageSize,
        @DefaultValue("366") int maxRangeDays, @DefaultValue("366") int maxExportDays,
        @DefaultValue("65536") int maxJsonBodyBytes, @DefaultValue("2") int maxConcurrentExports) {
}
