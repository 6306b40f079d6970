/**
 * Hot reload of the rule book while the service runs: a change to the files is validated in the background and
 * swapped in only when it has no error; the status says which version is live and why the last change was refused.
 */
package retention.app.rulebook;
