package retention.db.imports;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the line it starts on, 1 for the header
 * @param fields its fields, unquoted; broken bytes appear as U+FFFD
 * @param flaw what is wrong with the record's text itself, or null
 */
record CsvRecord(long line, List<String> fields, Flaw flaw) {

    /**
     * A fault in the text of a record that makes its fields unreliable.
     *
     * @param line the line the fault is on
     * @param field the 0-based index of the field it is in
     * @param message what is wrong, in words
     */
    record Flaw(long line, int field, String message) {
    }
}
