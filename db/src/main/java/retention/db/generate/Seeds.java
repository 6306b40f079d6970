package retention.db.generate;

/**
 * Derives independent random streams from the seed, so that a customer's rows depend only on the seed and the
 * customer's id, never on batch size, thread count or the order in which customers are generated.
 */
final class Seeds {

    /** The stream of the market events; customer streams use ids from 1 up, bad-row streams their negatives. */
    static final long MARKET = 0;

    private Seeds() {
    }

    /** SplitMix64's finaliser over the seed and the stream number: neighbouring ids give unrelated seeds. */
    static long mix(long seed, long stream) {
        long z = seed ^ (stream * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
