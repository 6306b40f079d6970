package retention.db.imports;

import java.util.List;

/**
 * The files a shop can import, each loaded into one table and keyed by a column the shop controls: customers by
 * their id, everything else by its external_id, so that importing a file again updates rather than duplicates.
 * Customers come first so that the other files may refer to customers of the same import.
 */
public enum ImportFile {

    CUSTOMERS("customers.csv", "customer", "id", Layouts.customers(), RowRules.none()),
    ORDERS("orders.csv", "orders", "external_id", Layouts.orders(), RowRules.orders()),
    INTERACTIONS("interactions.csv", "interaction", "external_id", Layouts.interactions(), RowRules.interactions()),
    SITE_VISITS("site_visits.csv", "site_visit", "external_id", Layouts.siteVisits(), RowRules.none()),
    CONTACTS("contacts.csv", "contact_log", "external_id", Layouts.contacts(), RowRules.contacts());

    private final String fileName;
    private final String table;
    private final String key;
    private final List<Column> columns;
    private final RowRules.Rule rule;

    ImportFile(String fileName, String table, String key, List<Column> columns, RowRules.Rule rule) {
        this.fileName = fileName;
        this.table = table;
        this.key = key;
        this.columns = columns;
        this.rule = rule;
    }

    /** The name the file has in an import folder. */
    public String fileName() {
        return fileName;
    }

    /** The table it is loaded into. */
    public String table() {
        return table;
    }

    /** The column that identifies a row, in the file and in the table. */
    public String key() {
        return key;
    }

    /** The names of its columns, in the documented order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Whether its rows belong to a customer who must exist. */
    boolean refersToCustomers() {
        return this != CUSTOMERS;
    }

    /** The temporary table it is staged in. */
    String stageTable() {
        return "import_" + table;
    }

    List<Column> columns() {
        return columns;
    }

    int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column + " in " + fileName);
    }

    RowRules.Rule rule() {
        return rule;
    }
}
