/**
 * The live rule book and the versions the nightly run pins: a run uses one version from its first step to its
 * last, even across a restart, whatever happens to the files meanwhile.
 */
package retention.batch.rulebook;
