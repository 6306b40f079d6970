/**
 * Scenario tests without Java: files in the rule book's {@code tests/} folder say "given these facts, expect
 * these actions, or none"; the runner evaluates them with the rule book and the arbitration, one line per
 * scenario.
 */
package retention.rules.scenario;
