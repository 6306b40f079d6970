/**
 * The customers' side of a simulated market: organic buying from each customer's own history and planted stage,
 * and answers to retention messages with a known true effect per action and churn cause, so that the product's
 * measurement can be checked against the truth.
 */
package retention.db.simulate;
