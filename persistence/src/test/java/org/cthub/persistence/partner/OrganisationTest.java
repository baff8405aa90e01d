package org.cthub.persistence.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static Organisation shelterNgo() {
        return new Organisation("Different and Equal", OrganisationType.NGO, CountryCode.of("AL", "country"),
                new Contact("office@example.org", null, "Tirana"));
    }

    @Test
    void startsPending() {
        assertThat(shelterNgo().status()).isEqualTo(OrganisationStatus.PENDING);
    }

    @Test
    void isActivatedSuspendedAndReactivated() {
        Organisation organisation = shelterNgo();
        organisation.changeStatus(OrganisationStatus.ACTIVE);
        organisation.changeStatus(OrganisationStatus.SUSPENDED);
        organisation.changeStatus(OrganisationStatus.ACTIVE);
        assertThat(organisation.isActive()).isTrue();
    }

    @Test
    void cannotBeSuspendedWhilePending() {
        assertThatThrownBy(() -> shelterNgo().changeStatus(OrganisationStatus.SUSPENDED))
                .isInstanceOf(ConflictingState.class).hasMessageContaining("pending");
    }

    @Test
    void neverReturnsToPending() {
        Organisation organisation = shelterNgo();
        organisation.changeStatus(OrganisationStatus.ACTIVE);
        assertThatThrownBy(() -> organisation.changeStatus(OrganisationStatus.PENDING))
                .isInstanceOf(ConflictingState.class);
    }

    @Test
    void reportsOnlyTheFieldsThatChanged() {
        Organisation organisation = shelterNgo();
        assertThat(organisation.describe("Different and Equal", OrganisationType.NGO, CountryCode.of("AL", "c"),
                new Contact("desk@example.org", null, "Tirana"))).containsExactly("contact");
    }

    @Test
    void requiresAName() {
        assertThatThrownBy(() -> new Organisation(" ", OrganisationType.NGO, CountryCode.of("AL", "c"),
                new Contact("a@example.org", null, null))).isInstanceOf(RuleViolation.class);
    }
}
