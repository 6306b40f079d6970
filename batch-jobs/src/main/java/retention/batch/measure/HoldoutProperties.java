package retention.batch.measure;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import retention.rules.holdout.HoldoutPolicy;

/**
 * The control groups the nightly run holds out, so that what each rule adds can be measured.
 *
 * @param defaultControlShare the share of the customers a rule chooses who are held out and get nothing from it,
 *        for a rule that sets no {@code .controlShare(x)} of its own (0.10)
 * @param actionControlShares control shares by action code, for rules that set none, such as
 *        {@code retention.holdout.action-control-shares.WINBACK_DISCOUNT=0.2} (none)
 * @param globalControlShare the share of all customers who get no message or task at all, to measure the rule
 *        book as a whole (0.05); 0 for no global control group
 * @param globalKey the global control group's experiment key; a new key draws a new group ("global")
 */
@ConfigurationProperties("retention.holdout")
public record HoldoutProperties(@DefaultValue("0.10") double defaultControlShare,
        Map<String, Double> actionControlShares, @DefaultValue("0.05") double globalControlShare,
        @DefaultValue("global") String globalKey) {

    public HoldoutProperties {
        actionControlShares = actionControlShares == null ? Map.of() : Map.copyOf(actionControlShares);
        try {
            policy(defaultControlShare, actionControlShares, globalControlShare, globalKey);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("retention.holdout: " + ex.getMessage(), ex);
        }
    }

    /** The policy the nightly run applies after arbitration. */
    public HoldoutPolicy policy() {
        return policy(defaultControlShare, actionControlShares, globalControlShare, globalKey);
    }

    private static HoldoutPolicy policy(double share, Map<String, Double> actions, double global, String key) {
        return new HoldoutPolicy(share, actions, global, key);
    }
}
