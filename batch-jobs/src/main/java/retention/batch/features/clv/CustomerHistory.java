package retention.batch.features.clv;

/**
 * A customer's purchase history as the BG/NBD model sees it: {@code x} repeat purchases, the last at {@code tx},
 * observed for {@code T} since the first purchase (any time unit, used consistently).
 *
 * @param x  number of repeat purchases (a whole number, at least 0)
 * @param tx time of the last repeat purchase since the first purchase (0 when {@code x = 0})
 * @param T  age of the customer: time from the first purchase to the end of observation, at least {@code tx}
 */
public record CustomerHistory(double x, double tx, double T) {

    /** Rejects histories the model cannot describe. */
    public CustomerHistory {
        if (!(x >= 0) || Double.isInfinite(x) || Math.rint(x) != x) {
            throw new IllegalArgumentException("x must be a whole number >= 0: " + x);
        }
        if (!(tx >= 0) || !(tx <= T) || Double.isInfinite(T)) {
            throw new IllegalArgumentException("need 0 <= tx <= T < infinity: tx=" + tx + ", T=" + T);
        }
    }
}
