package retention.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CursorTests {

    @Test
    void readsBackWhatItGaveOut() {
        Cursor cursor = new Cursor(LocalDate.of(2026, 11, 23), 123456789L);

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void refusesACursorItDidNotGiveOutNamingTheParameter() {
        for (String bad : new String[] { "abc", "MTo=", "MjoyMDI2LTExLTIzOjE", "x".repeat(100), "%%%" }) {
            assertThatThrownBy(() -> Cursor.decode(bad)).isInstanceOf(BadRequest.class)
                    .satisfies(ex -> assertThat(((BadRequest) ex).problems().get(0).field()).isEqualTo("cursor"));
        }
    }

    @Test
    void meansTheFirstPageWhenAbsent() {
        assertThat(Cursor.decode(null)).isNull();
        assertThat(Cursor.decode("")).isNull();
    }
}
