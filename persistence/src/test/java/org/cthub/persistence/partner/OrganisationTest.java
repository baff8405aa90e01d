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

    @Test
    void makesAnActiveSandboxTwinKeptApartFromTheRealOrganisation() {
        Organisation real = shelterNgo();
        Organisation twin = Organisation.sandboxTwinOf(real);
        assertThat(twin.name()).isEqualTo("Different and Equal (sandbox)");
        assertThat(twin.type()).isEqualTo(real.type());
        assertThat(twin.country()).isEqualTo(real.country());
        assertThat(twin.isActive()).isTrue();
        assertThat(twin.isSandbox()).isTrue();
        assertThat(twin.sandboxOf()).contains(real.id());
        assertThat(twin.sameSideAs(real)).isFalse();
        assertThat(real.isSandbox()).isFalse();
    }

    @Test
    void keepsATwinsNameWithinTheLimit() {
        Organisation real = new Organisation("N".repeat(Organisation.NAME_LENGTH), OrganisationType.NGO,
                CountryCode.of("MD", "country"), new Contact("office@example.org", null, null));
        assertThat(Organisation.sandboxTwinOf(real).name()).hasSize(Organisation.NAME_LENGTH).endsWith(" (sandbox)");
    }

    @Test
    void refusesATwinOfASandboxOrganisation() {
        Organisation twin = Organisation.sandboxTwinOf(shelterNgo());
        assertThatThrownBy(() -> Organisation.sandboxTwinOf(twin)).isInstanceOf(RuleViolation.class);
    }
}
