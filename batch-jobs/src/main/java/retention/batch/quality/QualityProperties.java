package retention.batch.quality;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the bad-data check.
 *
 * @param maxBadRowShare the run fails when more than this share of the rows it reads is bad (0.05: 5%)
 * @param languages the language tags the product knows (zh-CN, zh-HK, en)
 */
@ConfigurationProperties("retention.quality")
public record QualityProperties(@DefaultValue("0.05") double maxBadRowShare,
        @DefaultValue({ "zh-CN", "zh-HK", "en" }) List<String> languages) {
}
