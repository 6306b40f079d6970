/**
 * The rule sandbox: refuses, with file, line and column, any rule file that reaches beyond the customer facts
 * and {@code propose(...)}, before Drools compiles or runs anything.
 */
package retention.rules.sandbox;
