/**
 * Importing a shop's own data from CSV files: customers, orders, interactions, site visits and contacts, validated
 * row by row with file:line:column messages, staged, checked across rows in SQL and written in one transaction,
 * idempotently (docs/import.md).
 */
package retention.db.imports;
