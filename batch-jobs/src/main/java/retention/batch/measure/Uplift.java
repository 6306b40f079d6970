package retention.batch.measure;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What a rule (or an action code) adds: treated against held-out customers over the actions whose attribution
 * window has closed.
 *
 * @param name the rule's name or the action code
 * @param treated actions that went ahead
 * @param treatedConverted of which the customer placed a paid order in the window
 * @param control actions held out
 * @param controlConverted of which the customer placed a paid order in the window
 * @param treatedRevenue revenue of the treated customers' first orders in the window
 * @param controlRevenue revenue of the control customers' first orders in the window
 * @param offerCost what the treated actions cost, by the action catalogue
 * @param difference treated minus control conversion rate with its 95% interval (Newcombe's hybrid score), or
 *        null when an arm is empty
 * @param relative the relative uplift (treated rate / control rate − 1) with its 95% interval (log risk ratio),
 *        or null when it is undefined (no conversion in an arm)
 * @param incrementalRevenue revenue the action added: the difference in revenue per action times the treated
 * @param netRevenue incremental revenue minus the offer cost
 * @param verdict whether the figures are enough to judge, and what they say
 */
public record Uplift(String name, long treated, long treatedConverted, long control, long controlConverted,
        BigDecimal treatedRevenue, BigDecimal controlRevenue, BigDecimal offerCost, Interval difference,
        Interval relative, BigDecimal incrementalRevenue, BigDecimal netRevenue, Verdict verdict) {

    /** How far a rule's figure can be trusted. */
    public enum Verdict {
        /** Fewer actions with a closed window than the configured minimum in an arm: too early to judge. */
        TOO_EARLY,
        /** The whole 95% interval of the uplift lies above zero. */
        WORKS,
        /** Enough volume, but the interval reaches zero or below: no evidence the rule brings anyone back. */
        NO_EVIDENCE
    }

    public double treatedRate() {
        return treated == 0 ? 0 : (double) treatedConverted / treated;
    }

    public double controlRate() {
        return control == 0 ? 0 : (double) controlConverted / control;
    }

    /** The line a marketing lead reads, such as {@code no evidence this rule works: 4,210 treated, ...}. */
    public String summary() {
        String volume = String.format(Locale.ROOT, "%,d treated, %,d control", treated, control);
        String uplift = difference == null ? "uplift unknown" : "uplift " + points(difference);
        return switch (verdict) {
            case TOO_EARLY -> "too early to judge: " + volume + ", " + uplift;
            case WORKS -> "works: " + volume + ", " + uplift;
            case NO_EVIDENCE -> "no evidence this rule works: " + volume + ", " + uplift;
        };
    }

    /** {@code +0.3 pt [−1.1, +1.7]}: percentage points with the interval. */
    public static String points(Interval i) {
        return signed(i.estimate() * 100) + " pt [" + signed(i.lower() * 100) + ", " + signed(i.upper() * 100) + "]";
    }

    private static String signed(double v) {
        String text = String.format(Locale.ROOT, "%.1f", Math.abs(v));
        if (text.equals("0.0")) {
            return "0.0";
        }
        return (v < 0 ? "\u2212" : "+") + text;
    }
}
