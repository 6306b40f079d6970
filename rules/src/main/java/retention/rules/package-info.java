/**
 * The retention rule engine: the facts a rule can test, the rule book loaded from plain files, and the
 * arbitration between competing proposals. Free of Spring so that a business user's scenario test runs in a
 * second and the engine can be embedded elsewhere.
 */
package retention.rules;
