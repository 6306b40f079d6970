package retention.db.imports;

/**
 * What an import did with one file.
 *
 * @param file which file it was
 * @param name its name as given
 * @param read data rows read (the header not counted)
 * @param inserted rows added to the table
 * @param updated rows whose key was already in the table, now holding the file's values
 * @param rejected rows refused, each with its problems
 */
public record FileSummary(ImportFile file, String name, long read, long inserted, long updated, long rejected) {
}
