package retention.db.rulebook;

/**
 * One file of a stored rule book version.
 *
 * @param path path relative to the rule book folder
 * @param content the file's bytes
 */
public record StoredRuleBookFile(String path, byte[] content) {
}
