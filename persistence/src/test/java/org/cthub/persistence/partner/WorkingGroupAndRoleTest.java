package org.cthub.persistence.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class WorkingGroupAndRoleTest {

    private final CountryRole albaniaTransit = new CountryRole(CountryCode.of("AL", "c"), CountryRoleKind.TRANSIT,
            LocalDate.of(2001, 1, 1));

    @Test
    void aRoleHoldsFromItsStartUntilItsLastDay() {
        albaniaTransit.end(LocalDate.of(2010, 12, 31));
        assertThat(albaniaTransit.isHeldOn(LocalDate.of(2010, 12, 31))).isTrue();
        assertThat(albaniaTransit.isHeldOn(LocalDate.of(2011, 1, 1))).isFalse();
        assertThat(albaniaTransit.isHeldOn(LocalDate.of(2000, 12, 31))).isFalse();
    }

    @Test
    void aRoleEndsOnceAndNotBeforeItStarted() {
        assertThatThrownBy(() -> albaniaTransit.end(LocalDate.of(2000, 1, 1))).isInstanceOf(RuleViolation.class);
        albaniaTransit.end(LocalDate.of(2010, 1, 1));
        assertThatThrownBy(() -> albaniaTransit.end(LocalDate.of(2011, 1, 1))).isInstanceOf(ConflictingState.class);
    }

    @Test
    void anOpenRoleOverlapsAnyLaterRoleOfTheSameKind() {
        assertThat(albaniaTransit.overlaps(CountryRoleKind.TRANSIT, LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(albaniaTransit.overlaps(CountryRoleKind.ORIGIN, LocalDate.of(2020, 1, 1))).isFalse();
    }
}
