package retention.batch.nightly;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the nightly run processes customers.
 *
 * @param chunkSize customers evaluated and committed together (1000): large enough to amortise the rule engine's
 *        per-call cost and the job repository's bookkeeping, small enough that a restart repeats little work
 * @param threads threads evaluating partitions in parallel (0, the default, means one per available core)
 * @param partitions customer-id ranges the evaluation is split into (0, the default, means as many as threads)
 */
@ConfigurationProperties("retention.nightly")
public record NightlyProperties(@DefaultValue("1000") int chunkSize, @DefaultValue("0") int threads,
        @DefaultValue("0") int partitions) {

    public NightlyProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("retention.nightly.chunk-size must be at least 1, was " + chunkSize);
        }
    }

    int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    int effectivePartitions() {
        return partitions > 0 ? partitions : effectiveThreads();
    }
}
