package retention.app.api.report;

import java.math.BigDecimal;

import retention.batch.measure.Interval;
import retention.batch.measure.Uplift;

/**
 * One rule's (or action's) uplift as the API shows it.
 *
 * @param name the rule's name or the action code
 * @param treated actions that went ahead, with a closed attribution window
 * @param treatedConverted of which the customer ordered in the window
 * @param control actions held out, with a closed window
 * @param controlConverted of which the customer ordered in the window
 * @param treatedRate treated conversion rate
 * @param controlRate control conversion rate
 * @param uplift treated minus control rate with its 95% interval (Newcombe's hybrid score), null when an arm is
 *        empty
 * @param relativeUplift treated rate / control rate − 1 with its 95% interval, null when undefined
 * @param incrementalRevenue revenue the actions added
 * @param offerCost what the treated actions cost
 * @param netRevenue incremental revenue minus offer cost
 * @param verdict TOO_EARLY, WORKS or NO_EVIDENCE
 * @param summary the verdict in words
 */
record UpliftFigure(String name, long treated, long treatedConverted, long control, long controlConverted,
        double treatedRate, double controlRate, Interval uplift, Interval relativeUplift, BigDecimal incrementalRevenue,
        BigDecimal offerCost, BigDecimal netRevenue, Uplift.Verdict verdict, String summary) {

    static UpliftFigure of(Uplift u) {
        return new UpliftFigure(u.name(), u.treated(), u.treatedConverted(), u.control(), u.controlConverted(),
                u.treatedRate(), u.controlRate(), u.difference(), u.relative(), u.incrementalRevenue(), u.offerCost(),
                u.netRevenue(), u.verdict(), u.summary());
    }
}
