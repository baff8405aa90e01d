package org.cthub.persistence.referral;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.partner.CountryRoleKind;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class ReturnAndReintegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static void check(Set<AssistanceType> types, String country, Set<CountryRoleKind> roles) {
        ReturnAndReintegration.requireCountryRole(types, CountryCode.of(country, "country"), roles, TODAY);
    }

    @Test
    void refusesReturnTogetherWithReintegration() {
        assertThatThrownBy(() -> ReturnAndReintegration.requireDelinked(Set.of(AssistanceType.RETURN, AssistanceType.REINTEGRATION,
                AssistanceType.SHELTER)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("submit reintegration as a second referral for the same case (same caseReference)");
    }

    @Test
    void acceptsEitherAlone() {
        assertThatCode(() -> ReturnAndReintegration.requireDelinked(Set.of(AssistanceType.RETURN, AssistanceType.SHELTER))).doesNotThrowAnyException();
        assertThatCode(() -> ReturnAndReintegration.requireDelinked(Set.of(AssistanceType.REINTEGRATION))).doesNotThrowAnyException();
    }

    @Test
    void servesReturnInADestinationOrTransitCountry() {
        assertThatCode(() -> check(Set.of(AssistanceType.RETURN), "IT", EnumSet.of(CountryRoleKind.DESTINATION))).doesNotThrowAnyException();
        assertThatCode(() -> check(Set.of(AssistanceType.RETURN), "HU", EnumSet.of(CountryRoleKind.TRANSIT))).doesNotThrowAnyException();
    }

    @Test
    void refusesReturnInAnOriginOnlyCountryNamingTheRule() {
        assertThatThrownBy(() -> check(Set.of(AssistanceType.RETURN, AssistanceType.SHELTER), "MD", EnumSet.of(CountryRoleKind.ORIGIN)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("destination or transit country").hasMessageContaining("MD");
    }

    @Test
    void servesReintegrationOnlyInACountryOfOrigin() {
        assertThatCode(() -> check(Set.of(AssistanceType.REINTEGRATION), "AL", EnumSet.of(CountryRoleKind.ORIGIN, CountryRoleKind.TRANSIT)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(Set.of(AssistanceType.REINTEGRATION), "IT", EnumSet.of(CountryRoleKind.DESTINATION)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("country of origin");
        assertThatThrownBy(() -> check(Set.of(AssistanceType.REINTEGRATION), "XK", EnumSet.noneOf(CountryRoleKind.class)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void leavesOtherAssistanceToAnyCountry() {
        assertThatCode(() -> check(Set.of(AssistanceType.SHELTER, AssistanceType.MEDICAL), "XK", EnumSet.noneOf(CountryRoleKind.class)))
                .doesNotThrowAnyException();
    }
}
