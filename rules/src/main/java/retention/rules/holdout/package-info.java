/**
 * Control groups: which customers chosen by a rule are held out and get nothing, so that what the rule's action
 * adds can be measured against them.
 */
package retention.rules.holdout;
