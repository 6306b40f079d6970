package retention.batch.nightly;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the nightly run processes customers.
 *
 * @param chunkSize customers evaluated and committed together (1000): large enough to amortise the rule engine's
 *        per-call cost and the job repository's bookkeeping, small enough that a restart repeats little work
 */
@ConfigurationProperties("retention.nightly")
public record NightlyProperties(@DefaultValue("1000") int chunkSize) {
}
