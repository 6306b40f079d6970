package retention.rules.validate;

/**
 * The numbers a fact may take under a rule's conditions, each bound open or closed; infinite when unbounded.
 */
record Interval(double lo, boolean loOpen, double hi, boolean hiOpen) {

    static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

    /** The interval of {@code fact op value}. */
    static Interval of(String op, double value) {
        return switch (op) {
            case "==" -> new Interval(value, false, value, false);
            case ">" -> new Interval(value, true, Double.POSITIVE_INFINITY, true);
            case ">=" -> new Interval(value, false, Double.POSITIVE_INFINITY, true);
            case "<" -> new Interval(Double.NEGATIVE_INFINITY, true, value, true);
            case "<=" -> new Interval(Double.NEGATIVE_INFINITY, true, value, false);
            default -> ALL;
        };
    }

    Interval intersect(Interval other) {
        boolean otherLo = other.lo > lo || other.lo == lo && other.loOpen;
        boolean otherHi = other.hi < hi || other.hi == hi && other.hiOpen;
        return new Interval(otherLo ? other.lo : lo, otherLo ? other.loOpen : loOpen, otherHi ? other.hi : hi,
                otherHi ? other.hiOpen : hiOpen);
    }

    /** The same interval for a whole-number fact: {@code > 90} is {@code >= 91}. */
    Interval wholeNumbers() {
        double low = Double.isInfinite(lo) ? lo : loOpen ? Math.floor(lo) + 1 : Math.ceil(lo);
        double high = Double.isInfinite(hi) ? hi : hiOpen ? Math.ceil(hi) - 1 : Math.floor(hi);
        return new Interval(low, Double.isInfinite(low), high, Double.isInfinite(high));
    }

    boolean isEmpty() {
        return lo > hi || lo == hi && (loOpen || hiOpen);
    }

    /** Whether every number of this interval is in {@code wider}. */
    boolean within(Interval wider) {
        boolean low = wider.lo < lo || wider.lo == lo && (!wider.loOpen || loOpen);
        boolean high = wider.hi > hi || wider.hi == hi && (!wider.hiOpen || hiOpen);
        return isEmpty() || low && high;
    }

    /** In words, for messages: "between 0 and 1", "0 or more". */
    String describe() {
        if (Double.isInfinite(hi)) {
            return number(lo) + (loOpen ? " or more, exclusive" : " or more");
        }
        if (Double.isInfinite(lo)) {
            return number(hi) + " or less";
        }
        return "between " + number(lo) + " and " + number(hi);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
