package retention.rules.book;

import java.util.Map;

import retention.rules.facts.Channel;

/**
 * An action a rule proposes for a customer, before arbitration decides which proposals go ahead.
 *
 * @param customerId the customer
 * @param actionCode the action, one of the catalogue's codes
 * @param channel the channel to use
 * @param offer the offer in words ("50 off 300"), or null
 * @param template the message template name, or null for the action's default
 * @param reason why, in the rule author's words, or null
 * @param ruleName the rule that proposed it: the business sentence stored with every action
 * @param priority the rule's salience; higher wins in arbitration
 * @param facts the facts the rule's conditions tested, field to value, in the order the rule names them
 * @param group the mutually exclusive group the rule proposes in ({@code .group("winback")}), or null: at most one
 *        proposal of a group goes ahead per customer and night
 * @param controlShare the share of eligible customers held out as this rule's control group
 *        ({@code .controlShare(0.2)}), or null for the configured default
 */
public record Proposal(long customerId, String actionCode, Channel channel, String offer, String template,
        String reason, String ruleName, int priority, Map<String, String> facts, String group, Double controlShare) {

    public Proposal {
        facts = Map.copyOf(facts);
    }

    /** A proposal with the default control share. */
    public Proposal(long customerId, String actionCode, Channel channel, String offer, String template,
            String reason, String ruleName, int priority, Map<String, String> facts, String group) {
        this(customerId, actionCode, channel, offer, template, reason, ruleName, priority, facts, group, null);
    }

    /** A proposal in no group. */
    public Proposal(long customerId, String actionCode, Channel channel, String offer, String template,
            String reason, String ruleName, int priority, Map<String, String> facts) {
        this(customerId, actionCode, channel, offer, template, reason, ruleName, priority, facts, null, null);
    }

    /** The facts as one line a person reads: {@code stage = CHURNED; recencyDays = 120}. */
    public String explanation() {
        StringBuilder text = new StringBuilder();
        facts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(e.getKey()).append(" = ").append(e.getValue());
        });
        return text.toString();
    }
}
