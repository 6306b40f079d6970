/**
 * Stored rule book versions: every version that ever ran, its files and when it was loaded, so each action can
 * name the exact rules that made it and a restart can use the same version.
 */
package retention.db.rulebook;
