package retention.db.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What to import and how.
 *
 * @param files the file to read for each kind given; at least one
 * @param skipBadRows import the good rows and reject the bad ones, instead of importing nothing when any row is bad
 * @param report where to write every problem as CSV (file, line, column, field, problem), or null for nowhere
 */
public record ImportRequest(Map<ImportFile, Path> files, boolean skipBadRows, Path report) {

    public ImportRequest {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file to import: name a folder holding one of customers.csv, "
                    + "orders.csv, interactions.csv, site_visits.csv, contacts.csv, or the files themselves");
        }
        files = Collections.unmodifiableMap(new EnumMap<>(files));
    }

    /** The files of a folder named as the kinds' {@link ImportFile#fileName()}; the others are not looked at. */
    public static Map<ImportFile, Path> inFolder(Path folder) {
        Map<ImportFile, Path> found = new EnumMap<>(ImportFile.class);
        for (ImportFile file : ImportFile.values()) {
            Path path = folder.resolve(file.fileName());
            if (Files.isRegularFile(path)) {
                found.put(file, path);
            }
        }
        return found;
    }
}
