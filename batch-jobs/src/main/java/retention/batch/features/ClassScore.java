package retention.batch.features;

/**
 * How well one class (a stage or a cause) is detected against the planted truth.
 *
 * @param name the class
 * @param truePositives planted and detected
 * @param falsePositives detected, not planted
 * @param falseNegatives planted, not detected
 */
public record ClassScore(String name, long truePositives, long falsePositives, long falseNegatives) {

    public double precision() {
        long detected = truePositives + falsePositives;
        return detected == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / detected;
    }

    public double recall() {
        long planted = truePositives + falseNegatives;
        return planted == 0 ? (falsePositives == 0 ? 1 : 0) : (double) truePositives / planted;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
