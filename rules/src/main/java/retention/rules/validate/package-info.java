/**
 * Validation of a rule book beyond compilation: what its rules mean for the business (rules that can never fire,
 * unknown templates, stage × cause combinations no rule serves, rules that always conflict), each finding located
 * as {@code file:line:column}.
 */
package retention.rules.validate;
