package retention.db.rulebook;

import java.time.LocalDateTime;

/**
 * A stored rule book version.
 *
 * @param id the version number, increasing with each new content
 * @param contentHash SHA-256 of the files
 * @param loadedAt when this content was first loaded (UTC)
 * @param loadedBy who or what loaded it (a user, "hot reload", "nightly run")
 * @param source the folder it was read from
 * @param fileCount number of files
 * @param ruleCount number of rules
 */
public record RuleBookVersion(long id, String contentHash, LocalDateTime loadedAt, String loadedBy, String source,
        int fileCount, int ruleCount) {

    /** The label people see: {@code v3 (a1b2c3d4e5f6)}. */
    public String label() {
        return "v" + id + " (" + contentHash.substring(0, 12) + ")";
    }
}
