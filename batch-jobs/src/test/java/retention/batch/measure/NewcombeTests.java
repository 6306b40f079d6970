package retention.batch.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Against the worked examples of Newcombe (1998), Statistics in Medicine 17:873–890, tables I and II, rounded to
 * four places as published.
 */
class NewcombeTests {

    static final org.assertj.core.data.Offset<Double> FOUR_PLACES = within(0.00005);

    @Test
    void matchesTheWilsonIntervalsOfNewcombesSingleProportionExamples() {
        // Newcombe (1998a), companion paper, method 3: 81/263 -> 0.2553 to 0.3662; 15/148 -> 0.0624 to 0.1605.
        assertInterval(Newcombe.wilson(81, 263), 0.3080, 0.2553, 0.3662);
        assertInterval(Newcombe.wilson(15, 148), 0.1014, 0.0624, 0.1605);
        assertInterval(Newcombe.wilson(0, 20), 0.0, 0.0, 0.1611);
        assertInterval(Newcombe.wilson(1, 29), 0.0345, 0.0061, 0.1718);
    }

    @Test
    void matchesMethodTenOnTheFirstExampleOfNewcombe1998() {
        // 56/70 - 48/80: difference 0.2000, 95% CI 0.0524 to 0.3339.
        assertInterval(Newcombe.difference(56, 70, 48, 80), 0.2000, 0.0524, 0.3339);
    }

    @Test
    void matchesMethodTenOnTheExamplesWithSmallAndExtremeCounts() {
        // 9/10 - 3/10: 0.6000, 0.1705 to 0.8090; 6/7 - 2/7: 0.5714, 0.0582 to 0.8062;
        // 5/56 - 0/29: 0.0893, -0.0381 to 0.1926; 0/10 - 0/20: 0, -0.1611 to 0.2775; 10/10 - 0/20: 1, 0.6791 to 1.
        assertInterval(Newcombe.difference(9, 10, 3, 10), 0.6000, 0.1705, 0.8090);
        assertInterval(Newcombe.difference(6, 7, 2, 7), 0.5714, 0.0582, 0.8062);
        assertInterval(Newcombe.difference(5, 56, 0, 29), 0.0893, -0.0381, 0.1926);
        assertInterval(Newcombe.difference(0, 10, 0, 20), 0.0, -0.1611, 0.2775);
        assertInterval(Newcombe.difference(10, 10, 0, 20), 1.0, 0.6791, 1.0);
    }

    @Test
    void staysInsideMinusOneToOneWhereWaldWouldNot() {
        Interval interval = Newcombe.difference(1, 3, 0, 3);

        assertThat(interval.lower()).isGreaterThanOrEqualTo(-1);
        assertThat(interval.upper()).isLessThanOrEqualTo(1);
    }

    @Test
    void refusesCountsThatAreNotAProportion() {
        assertThatThrownBy(() -> Newcombe.wilson(3, 0)).hasMessageContaining("at least one trial");
        assertThatThrownBy(() -> Newcombe.wilson(5, 4)).hasMessageContaining("from 0 to n = 4");
    }

    private static void assertInterval(Interval actual, double estimate, double lower, double upper) {
        assertThat(actual.estimate()).isCloseTo(estimate, FOUR_PLACES);
        assertThat(actual.lower()).isCloseTo(lower, FOUR_PLACES);
        assertThat(actual.upper()).isCloseTo(upper, FOUR_PLACES);
    }
}
