package retention.batch.rulebook;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rule book lives and how arbitration limits its proposals.
 *
 * @param dir the rule book folder, read at run time (default {@code rules/rulebook} under the working directory)
 * @param maxMessagesPerDay messages one customer may receive per run date, across channels (default 1)
 */
@ConfigurationProperties("retention.rules")
public record RuleBookProperties(@DefaultValue("rules/rulebook") Path dir, @DefaultValue("1") int maxMessagesPerDay) {
}
