package retention.rules.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the files that make up a rule book version from a folder: rule files ({@code *.drl}), decision tables
 * ({@code *.drl.csv}, {@code *.drl.xls}, {@code *.drl.xlsx}, the only names Drools compiles) and the action
 * catalogue. Scenario tests under {@code tests/} are not part of a version.
 */
public final class RuleBookFolder {

    static final String CATALOGUE = ActionCatalogue.FILE_NAME;

    private RuleBookFolder() {
    }

    /**
     * Reads every rule book file below {@code dir}, sorted by path so that the content hash is stable.
     *
     * @throws RuleBookException when the folder does not exist or holds no rule file
     */
    public static List<RuleFile> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleBookException("No rule book folder",
                    List.of(new Problem(dir.toString(), 0, 0, "folder not found")));
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<RuleFile> files = paths.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(RuleBookFolder::belongsToVersion)
                    .sorted()
                    .map(rel -> new RuleFile(rel, readBytes(dir.resolve(rel))))
                    .toList();
            if (files.stream().noneMatch(f -> f.isDrl() || f.isDecisionTable())) {
                throw new RuleBookException("Empty rule book", List.of(new Problem(dir.toString(), 0, 0,
                        "no rule file (*.drl, *.drl.csv, *.drl.xlsx) in this folder")));
            }
            return files;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read rule book folder " + dir, ex);
        }
    }

    /** The SHA-256 of the files' paths and contents, in hex: the identity of a rule book version. */
    public static String contentHash(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static boolean belongsToVersion(String rel) {
        if (rel.startsWith("tests/") || rel.contains("/.") || rel.startsWith(".")) {
            return false;
        }
        return rel.endsWith(".drl") || rel.endsWith(".drl.csv") || rel.endsWith(".drl.xls")
                || rel.endsWith(".drl.xlsx") || rel.equals(CATALOGUE);
    }

    private static byte[] readBytes(Path path) {
        try {
            return Files.readAllBytes(path);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + path, ex);
        }
    }
}
