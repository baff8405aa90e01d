package org.cthub.integration.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-03-31", "2024-02-29", "1999-12-31", "0000-01-01", "9999-12-31", "+10000-01-01", "-0001-06-15"})
    void readsTheDatesLocalDateParseReads(String text) {
        assertThat(IsoDate.parse(text)).isEqualTo(LocalDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "2026/01/01", "01.01.2026",
        "2026-01-01 ", " 2026-01-01", "２０２６-01-01", "2026-01-0x", "10000-01-01", "", "2026-01-01T00:00"})
    void refusesWhatLocalDateParseRefuses(String text) {
        assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoDate.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
