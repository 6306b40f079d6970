/**
 * A customer's facts as of a run over the API: the snapshot, the churn causes with evidence, masked contact data.
 */
package retention.app.api.facts;
