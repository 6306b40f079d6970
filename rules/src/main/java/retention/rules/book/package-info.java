/**
 * The rule book: a folder of DRL files and decision tables owned by business users, compiled once per version
 * and evaluated over chunks of customer profiles with stateless sessions. Rules call
 * {@link retention.rules.book.Proposals#propose} to propose an action; they never change their facts.
 */
package retention.rules.book;
