package retention.db.generate;

import java.util.List;
import java.util.SplittableRandom;

/** One random stream with the draws the generator needs; not thread-safe, one per customer. */
final class Dice {

    /** Earliest and latest second of the day (UTC) for a customer's activity: 08:01 to 23:00 in China and Hong Kong. */
    private static final int FIRST_SECOND = 60;
    private static final int LAST_SECOND = 15 * 3600;

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The stream of one customer, or with a negative id of that customer's bad rows. */
    static Dice of(long seed, long stream) {
        return new Dice(Seeds.mix(seed, stream));
    }

    /** A whole number from lo to hi, both included. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    double between(double lo, double hi) {
        return lo + random.nextDouble() * (hi - lo);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A second of the day in the customer's waking hours, never at midnight, so window edges are never touched. */
    int wakingSecond() {
        return between(FIRST_SECOND, LAST_SECOND);
    }

    /** Letters and digits, for tokens and ids. */
    String token(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
