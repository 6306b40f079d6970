package retention.rules.validate;

/**
 * A {@code propose(...)} call in a rule's consequence, read from its text.
 *
 * @param actionCode the action code
 * @param codeOffset where the action code stands in the DRL
 * @param channel the channel named with {@code via(Channel.X)}, or null for the customer's preferred channel
 * @param template the template named with {@code template("...")}, or null for the action's default
 * @param templateOffset where that name stands, or -1
 * @param templateKnown false when {@code template(...)} is given something other than a quoted name
 * @param offer the offer the call gives, unquoted when it is a literal, else as written; null without one
 * @param group the arbitration group named with {@code group("...")}, or null
 * @param conditional whether the call stands under an {@code if}, so the rule may fire without proposing it
 */
record ProposalCall(String actionCode, int codeOffset, String channel, String template, int templateOffset,
        boolean templateKnown, String offer, String group, boolean conditional) {
}
