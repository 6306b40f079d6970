/**
 * The {@code ./retention} command line. Commands that need the database start a Spring context; the others (help,
 * rule validation, model fitting) run without one and answer in about a second.
 */
package retention.app.cli;
