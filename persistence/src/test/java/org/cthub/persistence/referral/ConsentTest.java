package org.cthub.persistence.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.partner.OrganisationType;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class ConsentTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final UUID SHELTER = UUID.randomUUID();

    static Consent consentFor(Set<UUID> recipients, Set<OrganisationType> types, ConsentPurpose purpose, Duration validFor) {
        return new Consent(ConsentGiver.DATA_SUBJECT, NOW.minus(Duration.ofHours(1)), recipients, types, purpose,
                NOW.plus(validFor), "consent form 2026/17", NOW);
    }

    private final Consent toShelter = consentFor(Set.of(SHELTER), Set.of(), ConsentPurpose.ASSISTANCE_AND_PROTECTION, Duration.ofDays(30));

    @Test
    void coversANamedRecipientForItsPurposeWhileValid() {
        assertThat(toShelter.covers(SHELTER, OrganisationType.NGO, ConsentPurpose.ASSISTANCE_AND_PROTECTION, NOW)).isTrue();
    }

    @Test
    void coversEveryOrganisationOfANamedType() {
        Consent toNgos = consentFor(Set.of(), Set.of(OrganisationType.NGO), ConsentPurpose.RETURN, Duration.ofDays(1));
        assertThat(toNgos.coverage(UUID.randomUUID(), OrganisationType.NGO, ConsentPurpose.RETURN, NOW)).isEqualTo(ConsentCoverage.COVERED);
        assertThat(toNgos.coverage(UUID.randomUUID(), OrganisationType.GOVERNMENT, ConsentPurpose.RETURN, NOW))
                .isEqualTo(ConsentCoverage.RECIPIENT_NOT_COVERED);
    }

    @Test
    void doesNotCoverAnotherRecipient() {
        assertThat(toShelter.coverage(UUID.randomUUID(), OrganisationType.NGO, ConsentPurpose.ASSISTANCE_AND_PROTECTION, NOW))
                .isEqualTo(ConsentCoverage.RECIPIENT_NOT_COVERED);
    }

    @Test
    void doesNotCoverAnotherPurpose() {
        assertThat(toShelter.coverage(SHELTER, OrganisationType.NGO, ConsentPurpose.LEGAL_PROCEEDINGS, NOW))
                .isEqualTo(ConsentCoverage.PURPOSE_NOT_COVERED);
    }

    @Test
    void expiresAtValidUntil() {
        Instant end = toShelter.validUntil();
        assertThat(toShelter.covers(SHELTER, OrganisationType.NGO, ConsentPurpose.ASSISTANCE_AND_PROTECTION, end.minusSeconds(1))).isTrue();
        assertThat(toShelter.coverage(SHELTER, OrganisationType.NGO, ConsentPurpose.ASSISTANCE_AND_PROTECTION, end))
                .isEqualTo(ConsentCoverage.EXPIRED);
    }

    @Test
    void coversNothingFromItsWithdrawalOn() {
        Instant withdrawal = NOW.plus(Duration.ofDays(2));
        assertThat(toShelter.withdraw(withdrawal)).isTrue();
        assertThat(toShelter.covers(SHELTER, OrganisationType.NGO, ConsentPurpose.ASSISTANCE_AND_PROTECTION, withdrawal.minusSeconds(1))).isTrue();
        assertThat(toShelter.coverage(SHELTER, OrganisationType.NGO, ConsentPurpose.ASSISTANCE_AND_PROTECTION, withdrawal))
                .isEqualTo(ConsentCoverage.WITHDRAWN);
        assertThat(toShelter.withdraw(withdrawal.plusSeconds(5))).isFalse();
        assertThat(toShelter.withdrawnAt()).isEqualTo(withdrawal);
    }

    @Test
    void withdrawalOutranksExpiryInTheReason() {
        Consent expired = consentFor(Set.of(SHELTER), Set.of(), ConsentPurpose.RETURN, Duration.ofMinutes(1));
        expired.withdraw(NOW);
        assertThat(expired.coverage(SHELTER, OrganisationType.NGO, ConsentPurpose.RETURN, NOW.plus(Duration.ofDays(1))).reason())
                .contains("withdrawn");
    }

    @Test
    void needsARecipientOrARecipientType() {
        assertThatThrownBy(() -> consentFor(Set.of(), Set.of(), ConsentPurpose.RETURN, Duration.ofDays(1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("recipient");
    }

    @Test
    void mustEndAfterItWasGiven() {
        assertThatThrownBy(() -> consentFor(Set.of(SHELTER), Set.of(), ConsentPurpose.RETURN, Duration.ofDays(-1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("validUntil");
    }

    @Test
    void cannotBeGivenInTheFuture() {
        assertThatThrownBy(() -> new Consent(ConsentGiver.LEGAL_GUARDIAN, NOW.plus(Duration.ofHours(1)), Set.of(SHELTER), Set.of(),
                ConsentPurpose.RETURN, NOW.plus(Duration.ofDays(3)), "form", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("givenAt");
    }
}
