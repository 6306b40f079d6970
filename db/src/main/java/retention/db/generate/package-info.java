/**
 * The synthetic shop generator: a deterministic, seeded shop of up to a million customers whose planted stage and
 * churn causes (table planted_truth) agree with the nightly run's definitions, so that detection can be scored.
 */
package retention.db.generate;
