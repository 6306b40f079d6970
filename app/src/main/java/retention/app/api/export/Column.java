package retention.app.api.export;

import java.util.function.Function;

/**
 * One column of an export: its name in the CSV header and the JSON line, and how to get its value from a row.
 *
 * @param name the column name
 * @param value the value of a row
 * @param text whether the value is free text, which CSV guards against spreadsheet formulas
 * @param <T> the row type
 */
record Column<T>(String name, Function<T, Object> value, boolean text) {

    static <T> Column<T> of(String name, Function<T, Object> value) {
        return new Column<>(name, value, false);
    }

    static <T> Column<T> text(String name, Function<T, Object> value) {
        return new Column<>(name, value, true);
    }
}
