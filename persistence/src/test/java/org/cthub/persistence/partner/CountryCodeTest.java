package org.cthub.persistence.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class CountryCodeTest {

    @Test
    void acceptsIsoCodesInAnyCase() {
        assertThat(CountryCode.of(" al ", "country").value()).isEqualTo("AL");
        assertThat(CountryCode.of("RS", "country").displayName()).isEqualTo("Serbia");
    }

    @Test
    void acceptsKosovoAsXk() {
        assertThat(CountryCode.of("XK", "country").displayName()).isEqualTo("Kosovo");
    }

    @Test
    void refusesSerbiaAndMontenegroWithoutADate() {
        assertThatThrownBy(() -> CountryCode.of("CS", "country")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("RS or ME");
    }

    @Test
    void acceptsSerbiaAndMontenegroOnlyWithinItsLifetime() {
        assertThat(CountryCode.on("CS", LocalDate.of(2004, 1, 1), "country").value()).isEqualTo("CS");
        assertThatThrownBy(() -> CountryCode.on("CS", LocalDate.of(2007, 1, 1), "country"))
                .isInstanceOf(RuleViolation.class);
        assertThat(CountryCode.on("YU", LocalDate.of(2001, 1, 1), "country").value()).isEqualTo("YU");
    }

    @Test
    void refusesUnknownCodesNamingTheField() {
        assertThatThrownBy(() -> CountryCode.of("ZZ", "country"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("country"));
        assertThatThrownBy(() -> CountryCode.of("", "country")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> CountryCode.of("ALB", "country")).isInstanceOf(RuleViolation.class);
    }
}
