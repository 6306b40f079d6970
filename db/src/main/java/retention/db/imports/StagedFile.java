package retention.db.imports;

/**
 * A file whose rows are staged: its header and its rows so far read and rejected.
 *
 * @param file which file it is
 * @param name its name as the user gave it, used in every message
 * @param header its header
 * @param read data rows read
 * @param rejected rows rejected
 */
record StagedFile(ImportFile file, String name, Header header, long read, long rejected) {

    StagedFile rejecting(long more) {
        return new StagedFile(file, name, header, read, rejected + more);
    }
}
