package retention.rules.scenario;

import java.util.Objects;

import retention.rules.arbitrate.Decision;
import retention.rules.arbitrate.DecisionStatus;
import retention.rules.facts.Channel;

/**
 * An action a scenario expects; every part left out (null) matches anything.
 *
 * @param actionCode the action code
 * @param channel the channel, or null
 * @param offer the offer in words, or null
 * @param template the template, or null
 * @param status the arbitration outcome (PLANNED unless the scenario says otherwise)
 * @param rule the rule that must have made the proposal, or null
 */
public record ExpectedAction(String actionCode, Channel channel, String offer, String template,
        DecisionStatus status, String rule) {

    public ExpectedAction {
        Objects.requireNonNull(actionCode, "actionCode");
        status = status == null ? DecisionStatus.PLANNED : status;
    }

    boolean matches(Decision decision) {
        var p = decision.proposal();
        return p.actionCode().equals(actionCode) && decision.status() == status
                && (channel == null || channel == p.channel()) && (offer == null || offer.equals(p.offer()))
                && (template == null || template.equals(p.template())) && (rule == null || rule.equals(p.ruleName()));
    }

    /** The expectation in the words of a result line: {@code WINBACK_DISCOUNT via SMS offer "50 off 300"}. */
    String describe() {
        StringBuilder text = new StringBuilder(actionCode);
        if (channel != null) {
            text.append(" via ").append(channel);
        }
        if (offer != null) {
            text.append(" offer \"").append(offer).append('"');
        }
        if (template != null) {
            text.append(" template \"").append(template).append('"');
        }
        if (status != DecisionStatus.PLANNED) {
            text.append(' ').append(status);
        }
        if (rule != null) {
            text.append(" by rule \"").append(rule).append('"');
        }
        return text.toString();
    }
}
