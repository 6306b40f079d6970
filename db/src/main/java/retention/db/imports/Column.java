package retention.db.imports;

import java.time.LocalDateTime;

/**
 * A column of an import file: its name (the table's column name), how it is stored while staged, whether a value is
 * required, how its text becomes a value, and the value an empty field or a column left out of the file stands for.
 *
 * @param name the header name, equal to the table's column
 * @param ddl its SQL type in the staging table
 * @param required whether the header must name it and every row give a value
 * @param parser turns the trimmed, non-empty text into the value bound to the INSERT
 * @param absent the value of an empty field, null for most columns
 */
record Column(String name, String ddl, boolean required, Parser parser, Object absent) {

    /** Reads one field. */
    @FunctionalInterface
    interface Parser {

        /**
         * @param text the field, trimmed and not empty
         * @param now the time of the import in UTC, for times that must not lie in the future
         * @return the value to store
         * @throws IllegalArgumentException with a message saying what is wrong with the text and what is expected
         */
        Object parse(String text, LocalDateTime now);
    }

    static Column required(String name, String ddl, Parser parser) {
        return new Column(name, ddl, true, parser, null);
    }

    static Column optional(String name, String ddl, Parser parser) {
        return new Column(name, ddl, false, parser, null);
    }

    static Column optional(String name, String ddl, Parser parser, Object absent) {
        return new Column(name, ddl, false, parser, absent);
    }
}
