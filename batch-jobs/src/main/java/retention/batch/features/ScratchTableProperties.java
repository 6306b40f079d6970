package retention.batch.features;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the features step keeps its scratch tables.
 *
 * @param memoryTables keep the customer value estimates, looked up once per buyer, in a MEMORY table (true): a third
 *        of the facts statement's time in InnoDB. Set it to false where the server refuses writes to tables of other
 *        engines than InnoDB, as MySQL Group Replication and Percona XtraDB Cluster's strict mode do
 */
@ConfigurationProperties("retention.features")
public record ScratchTableProperties(@DefaultValue("true") boolean memoryTables) {
}
