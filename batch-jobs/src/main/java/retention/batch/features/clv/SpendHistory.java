package retention.batch.features.clv;

/**
 * A customer's spend as the Gamma-Gamma model sees it: the average value {@code zbar} of {@code x} repeat
 * purchases.
 *
 * @param x    number of repeat purchases (a whole number, at least 0)
 * @param zbar average value of those purchases (0 when {@code x = 0}, otherwise positive)
 */
public record SpendHistory(double x, double zbar) {

    /** Rejects spends the model cannot describe; zero-value purchases have no density under the gamma model. */
    public SpendHistory {
        if (!(x >= 0) || Double.isInfinite(x) || Math.rint(x) != x) {
            throw new IllegalArgumentException("x must be a whole number >= 0: " + x);
        }
        if (!(zbar >= 0) || Double.isInfinite(zbar) || x > 0 && zbar == 0) {
            throw new IllegalArgumentException("zbar must be finite, >= 0, and > 0 when x > 0: " + zbar);
        }
    }
}
