package retention.db.generate;

/**
 * A rival's subsidy campaign in one city: customers of that city whose last order fell in the 30 days before its
 * start are the ones it pulled away.
 *
 * @param name the event's name as stored
 * @param city the city it ran in
 * @param startDay days before asOf on which it started; it lasted {@link #DAYS} days
 */
record Campaign(String name, String city, int startDay) {

    static final int DAYS = 30;

    /** Whether a last order on this day could be read as pulled away by this campaign, with a margin of 3 days. */
    boolean near(int lastOrderDay) {
        return lastOrderDay >= startDay - 3 && lastOrderDay <= startDay + DAYS + 3;
    }
}
