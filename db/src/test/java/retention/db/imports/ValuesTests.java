package retention.db.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ValuesTests {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 0, 0);

    @Test
    void convertsTimesWithAnOffsetToUtc() {
        assertThat(Values.time().parse("2026-03-01T09:30:00+08:00", NOW))
                .isEqualTo(LocalDateTime.of(2026, 3, 1, 1, 30));
        assertThat(Values.time().parse("2026-03-01 09:30:00Z", NOW)).isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 30));
        assertThat(Values.time().parse("2026-03-01T09:30:59.900-05:00", NOW))
                .isEqualTo(LocalDateTime.of(2026, 3, 1, 14, 30, 59));
        assertThat(Values.time().parse("2026-03-01", NOW)).isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0));
    }

    @Test
    void readsTheCommonShapeAsTheFullParserDoes() {
        for (String text : List.of("2026-03-01T09:30:00+08:00", "2026-03-01 23:30:00-05:30", "2024-02-29T00:00:00Z",
                "2026-03-01T09:30:00.123456+14:00", "2026-12-31T23:59:59-12:00")) {
            assertThat(IsoTimes.utc(text)).as(text).isEqualTo(java.time.OffsetDateTime.parse(text.replace(' ', 'T'))
                    .withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime().withNano(0));
        }
        for (String text : List.of("2026-02-30T09:30:00Z", "2026-03-01T24:00:00Z", "2026-03-01T09:30:00+8:00",
                "2026-03-01T09:30:00", "2026-03-01T09:30+08:00", "2026-03-01T09:30:00+19:00", "2026-03-01T09:30:00z")) {
            assertThat(IsoTimes.utc(text)).as(text).isNull();
        }
    }

    @Test
    void refusesTimesWithoutOffsetInTheFutureOrLongAgo() {
        assertFails(Values.time(), "2026-03-01T09:30:00",
                "'2026-03-01T09:30:00' has no offset; add Z for UTC or the offset it was written in, e.g. +08:00");
        assertFails(Values.time(), "2026-11-20T08:00:01+08:00",
                "'2026-11-20T08:00:01+08:00' is in the future (it is now 2026-11-20T00:00:00Z)");
        assertFails(Values.time(), "0026-03-01", "'0026-03-01' is before 1990; a mistyped year?");
        assertFails(Values.time(), "01/03/2026", "'01/03/2026' is not a time; write e.g. 2026-03-01T09:30:00+08:00, "
                + "2026-03-01T01:30:00Z or a date such as 2026-03-01");
        assertFails(Values.time(), "2026-02-30", "'2026-02-30' is not a time; write e.g. 2026-03-01T09:30:00+08:00, "
                + "2026-03-01T01:30:00Z or a date such as 2026-03-01");
    }

    @Test
    void readsMoneyWithADotAndAtMostTwoDecimals() {
        assertThat(Values.money().parse("1299.5", NOW)).isEqualTo(new BigDecimal("1299.5"));
        assertThat(Values.money().parse("0", NOW)).isEqualTo(BigDecimal.ZERO);
        assertFails(Values.money(), "-3.00", "'-3.00' is negative; amounts are 0 or more");
        assertFails(Values.money(), "12,50", "'12,50' uses a comma; write amounts with a dot, e.g. 129.50");
        assertFails(Values.money(), "1,299.50", "'1,299.50' is not an amount; write digits with a dot and no "
                + "thousands separator, e.g. 1299.50");
        assertFails(Values.money(), "1e3", "'1e3' is not an amount; write digits with a dot and no thousands "
                + "separator, e.g. 1299.50");
        assertFails(Values.money(), "9.999", "'9.999' has more than 2 decimals");
        assertFails(Values.money(), ".5", "'.5' is not an amount; write digits with a dot and no thousands separator, "
                + "e.g. 1299.50");
        assertFails(Values.money(), "5.", "'5.' is not an amount; write digits with a dot and no thousands separator, "
                + "e.g. 1299.50");
        assertFails(Values.money(), "+5", "'+5' is not an amount; write digits with a dot and no thousands separator, "
                + "e.g. 1299.50");
        assertFails(Values.money(), "10000000000", "'10000000000' is too large; at most 9999999999.99");
    }

    @Test
    void readsBooleansAsTrueFalseOneZeroYesNo() {
        assertThat(List.of("true", "1", "YES", "Yes").stream().map(t -> Values.bool().parse(t, NOW)))
                .containsOnly(true);
        assertThat(List.of("False", "0", "no").stream().map(t -> Values.bool().parse(t, NOW))).containsOnly(false);
        assertFails(Values.bool(), "y", "'y' is not a yes/no value; write true, false, 1, 0, yes or no");
    }

    @Test
    void readsIdsAndCountsWithinTheirRange() {
        assertThat(Values.id().parse("1001", NOW)).isEqualTo(1001L);
        assertFails(Values.id(), "0", "'0' is not a valid id; ids are whole numbers from 1");
        assertFails(Values.id(), "C-17", "'C-17' is not an id; write digits only");
        assertFails(Values.id(), "99999999999999999999", "'99999999999999999999' is too large");
        assertThat(Values.count(1, 100).parse("5", NOW)).isEqualTo(5);
        assertFails(Values.count(1, 100), "0", "'0' is out of range; expected 1 to 100");
        assertFails(Values.count(1, 100), "4.5", "'4.5' is not a whole number; write digits only");
    }

    @Test
    void readsKnownLanguagesTimeZonesAndNamesInAnyCase() {
        assertThat(Values.language().parse("ZH-hk", NOW)).isEqualTo("zh-HK");
        assertFails(Values.language(), "yue", "'yue' is not a language the product knows; use one of zh-CN, zh-HK, en");
        assertThat(Values.zone().parse("Asia/Hong_Kong", NOW)).isEqualTo("Asia/Hong_Kong");
        assertFails(Values.zone(), "Asia/Beijing", "'Asia/Beijing' is not a time zone; use a name such as "
                + "Asia/Shanghai or Asia/Hong_Kong");
        assertFails(Values.zone(), "CST", "'CST' is not a time zone; use a name such as Asia/Shanghai or "
                + "Asia/Hong_Kong");
        assertThat(Values.oneOf(Layouts.ORDER_STATUSES).parse("paid", NOW)).isEqualTo("PAID");
        assertFails(Values.oneOf(Layouts.ORDER_STATUSES), "SHIPPED",
                "'SHIPPED' is not one of PAID, REFUNDED, CANCELLED");
    }

    @Test
    void limitsTextToTheColumnsLengthInCharactersAndChecksEmailAddresses() {
        assertThat(Values.text(3).parse("张伟伟", NOW)).isEqualTo("张伟伟");
        assertFails(Values.text(3), "张伟伟伟", "is 4 characters long; at most 3 fit");
        assertFails(Values.email(200), "li.na.example.com", "'li.na.example.com' is not an e-mail address");
        assertFails(Values.email(200), "li na@example.com", "'li na@example.com' is not an e-mail address");
    }

    private static void assertFails(Column.Parser parser, String text, String message) {
        assertThatThrownBy(() -> parser.parse(text, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
