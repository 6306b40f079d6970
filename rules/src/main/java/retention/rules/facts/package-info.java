/**
 * The fact model: what a rule can know about a customer on a run date. Every field is listed with its meaning
 * and unit in {@code docs/facts.md}.
 */
package retention.rules.facts;
