package retention.batch.rulebook;

import retention.db.rulebook.RuleBookVersion;
import retention.rules.book.RuleBook;

/**
 * A compiled rule book together with its stored version.
 *
 * @param book the compiled rules
 * @param version the stored version: its number is recorded with every action it makes
 */
public record LoadedRuleBook(RuleBook book, RuleBookVersion version) {
}
