package retention.batch.features;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the features step keeps its scratch tables.
 *
 * @param memoryTables keep the customer value estimates, looked up once per buyer, in a MEMORY table (true): a third
 *        of the facts statement's time in InnoDB. Only on a server without a binary log, whatever this says: a
 *        replica would create the table with its own size limit. Set it to false where the server refuses writes to
 *        tables of other engines than InnoDB, as Percona XtraDB Cluster's strict mode does
 */
@ConfigurationProperties("retention.features")
public record ScratchTableProperties(@DefaultValue("true") boolean memoryTables) {
}
