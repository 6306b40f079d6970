package retention.db.generate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GeneratorSettingsTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Test
    void acceptsTheLimitsOfEachRange() {
        assertThatCode(() -> new GeneratorSettings(100, 1, AS_OF, 0, false)).doesNotThrowAnyException();
        assertThatCode(() -> new GeneratorSettings(1_000_000, 1, AS_OF, 0.05, true)).doesNotThrowAnyException();
    }

    @Test
    void rejectsTooFewCustomersNamingTheRange() {
        assertThatThrownBy(() -> new GeneratorSettings(99, 1, AS_OF, 0, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers must be between 100 and 1000000, was 99");
    }

    @Test
    void rejectsTooManyCustomersNamingTheRange() {
        assertThatThrownBy(() -> new GeneratorSettings(1_000_001, 1, AS_OF, 0, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers must be between 100 and 1000000, was 1000001");
    }

    @Test
    void rejectsABadRowShareOutsideZeroToFivePercent() {
        assertThatThrownBy(() -> new GeneratorSettings(100, 1, AS_OF, 0.06, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("badRowShare must be between 0 and 0.05, was 0.06");
        assertThatThrownBy(() -> new GeneratorSettings(100, 1, AS_OF, -0.01, false))
                .hasMessageStartingWith("badRowShare must be between 0 and 0.05");
        assertThatThrownBy(() -> new GeneratorSettings(100, 1, AS_OF, Double.NaN, false))
                .hasMessageStartingWith("badRowShare must be between 0 and 0.05");
    }

    @Test
    void requiresTheRunDate() {
        assertThatThrownBy(() -> new GeneratorSettings(100, 1, null, 0, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("asOf must be given");
    }
}
