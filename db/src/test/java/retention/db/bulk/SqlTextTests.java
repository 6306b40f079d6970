package retention.db.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class SqlTextTests {

    @Test
    void quotesPlainTextWithItsQuotesDoubled() {
        assertThat(SqlText.quote("O'Brien's \"shop\" ?", new StringBuilder()).toString())
                .isEqualTo("'O''Brien''s \"shop\" ?'");
        assertThat(SqlText.quote("''", new StringBuilder()).toString()).isEqualTo("''''''");
        assertThat(SqlText.quote("", new StringBuilder()).toString()).isEqualTo("''");
    }

    @Test
    void leavesTextWithBackslashesOrControlCharactersToParameters() {
        assertThat(SqlText.printable("新客首单立减 50 元… 🎁 {fn now()} -- /* */ ;")).isTrue();
        assertThat(SqlText.printable("C:\\shop")).isFalse();
        assertThat(SqlText.printable("two\nlines")).isFalse();
        assertThat(SqlText.printable("nul\u0000")).isFalse();
        assertThat(SqlText.printable("ctrl-z\u001A")).isFalse();
        assertThat(SqlText.printable("del\u007F")).isFalse();
    }

    @Test
    void writesDatesAndTimesInIsoFormWithMicrosecondsOnlyWhenThereAreAny() {
        assertThat(SqlText.date(LocalDate.of(7, 3, 9), new StringBuilder()).toString()).isEqualTo("0007-03-09");
        assertThat(SqlText.dateTime(LocalDateTime.of(2026, 12, 8, 2, 5, 9), new StringBuilder()).toString())
                .isEqualTo("2026-12-08 02:05:09");
        assertThat(SqlText.dateTime(LocalDateTime.of(2026, 12, 8, 23, 59, 59, 1_234_567), new StringBuilder())
                .toString()).isEqualTo("2026-12-08 23:59:59.001234");
        assertThatThrownBy(() -> SqlText.date(LocalDate.of(10_000, 1, 1), new StringBuilder()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
