package retention.rules.facts;

/**
 * The named RFM segment derived from the recency, frequency and monetary quintile scores (1-5 each).
 * The mapping follows the widely used eleven-segment grid, simplified to the segments a retention team acts on.
 */
public enum RfmSegment {
    CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW_CUSTOMERS, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP,
    AT_RISK, CANNOT_LOSE, HIBERNATING, LOST, NONE;

    /**
     * Names the segment for a set of scores; {@link #NONE} when the customer has no paid order.
     */
    public static RfmSegment of(int r, int f, int m) {
        if (r == 0 || f == 0) {
            return NONE;
        }
        int fm = Math.round((f + m) / 2f);
        if (r >= 4 && fm >= 4) {
            return r == 5 && fm == 5 ? CHAMPIONS : LOYAL;
        }
        if (r >= 4 && fm == 3) {
            return POTENTIAL_LOYALIST;
        }
        if (r == 5 && fm <= 2) {
            return NEW_CUSTOMERS;
        }
        if (r == 4 && fm <= 2) {
            return PROMISING;
        }
        if (r == 3 && fm >= 3) {
            return NEED_ATTENTION;
        }
        if (r == 3) {
            return ABOUT_TO_SLEEP;
        }
        if (r <= 2 && fm == 5) {
            return CANNOT_LOSE;
        }
        if (r <= 2 && fm >= 3) {
            return AT_RISK;
        }
        return r == 2 ? HIBERNATING : LOST;
    }
}
