package retention.rules.book;

import java.nio.charset.StandardCharsets;

/**
 * One file of the rule book as read from disk.
 *
 * @param path path relative to the rule book folder, with forward slashes
 * @param content the file's bytes
 */
public record RuleFile(String path, byte[] content) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    boolean isDrl() {
        return path.endsWith(".drl");
    }

    boolean isDecisionTable() {
        return path.endsWith(".drl.csv") || path.endsWith(".drl.xls") || path.endsWith(".drl.xlsx");
    }
}
