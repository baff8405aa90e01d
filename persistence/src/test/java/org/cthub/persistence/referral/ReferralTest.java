package org.cthub.persistence.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.Contact;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.OrganisationStatus;
import org.cthub.persistence.partner.OrganisationType;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class ReferralTest {

    static final Instant NOW = ConsentTest.NOW;
    private final UUID sender = UUID.randomUUID();
    private final Organisation shelter = active("Shelter Bari");

    private static Organisation active(String name) {
        Organisation organisation = new Organisation(name, OrganisationType.NGO, CountryCode.of("IT", "country"),
                new Contact("office@example.org", null, null));
        organisation.changeStatus(OrganisationStatus.ACTIVE);
        return organisation;
    }

    private static ReferralContent shelterContent(Set<AssistanceType> types, CountryCode destination) {
        return new ReferralContent(types, Urgency.RAPID_RESPONSE, CountryCode.of("IT", "currentCountry"), "Bari",
                destination, TrmStage.FIRST_ASSISTANCE_AND_PROTECTION, ConsentPurpose.ASSISTANCE_AND_PROTECTION, "Needs a safe place tonight");
    }

    private static PersonalData person() {
        return PersonalData.of(new PersonalData.Details("Ana", "Test", LocalDate.of(1999, 1, 2), null, Gender.FEMININE,
                List.of("MD"), "rum", null, null, "+37360000000"));
    }

    private Consent consentTo(UUID recipient, Duration validFor) {
        return new Consent(ConsentGiver.DATA_SUBJECT, NOW.minusSeconds(60), Set.of(recipient), Set.of(),
                ConsentPurpose.ASSISTANCE_AND_PROTECTION, NOW.plus(validFor), "form 1", NOW);
    }

    private Referral submitted() {
        return new Referral(new Case(sender, null), sender, shelter, shelterContent(Set.of(AssistanceType.SHELTER), null),
                person(), consentTo(shelter.id(), Duration.ofDays(30)), NOW);
    }

    @Test
    void startsSubmitted() {
        assertThat(submitted().status()).isEqualTo(ReferralStatus.SUBMITTED);
    }

    @Test
    void refusesAConsentThatDoesNotCoverTheRecipient() {
        assertThatThrownBy(() -> new Referral(new Case(sender, null), sender, shelter, shelterContent(Set.of(AssistanceType.SHELTER), null),
                person(), consentTo(UUID.randomUUID(), Duration.ofDays(30)), NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("does not name the recipient");
    }

    @Test
    void refusesAnExpiredConsent() {
        Consent expired = consentTo(shelter.id(), Duration.ofSeconds(1));
        assertThatThrownBy(() -> new Referral(new Case(sender, null), sender, shelter, shelterContent(Set.of(AssistanceType.SHELTER), null),
                person(), expired, NOW.plusSeconds(10)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("expired");
    }

    @Test
    void refusesARecipientThatIsNotActive() {
        Organisation pending = new Organisation("New shelter", OrganisationType.NGO, CountryCode.of("IT", "country"),
                new Contact("office@example.org", null, null));
        assertThatThrownBy(() -> new Referral(new Case(sender, null), sender, pending, shelterContent(Set.of(AssistanceType.SHELTER), null),
                person(), consentTo(pending.id(), Duration.ofDays(1)), NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("active");
    }

    @Test
    void needsADestinationForAReturn() {
        assertThatThrownBy(() -> new Referral(new Case(sender, null), sender, shelter,
                shelterContent(Set.of(AssistanceType.SHELTER, AssistanceType.RETURN), null),
                person(), consentTo(shelter.id(), Duration.ofDays(1)), NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("destinationCountry");
    }

    @Test
    void showsPersonalDataToTheSenderAlwaysAndToTheRecipientWhileConsentCovers() {
        Referral referral = submitted();
        assertThat(referral.personalDataAccess(shelter.id(), OrganisationType.NGO, NOW).covered()).isTrue();
        assertThat(referral.personalDataAccess(UUID.randomUUID(), OrganisationType.NGO, NOW).covered()).isFalse();
        referral.consent().withdraw(NOW.plusSeconds(1));
        assertThat(referral.personalDataAccess(shelter.id(), OrganisationType.NGO, NOW.plusSeconds(2)))
                .isEqualTo(ConsentCoverage.WITHDRAWN);
        assertThat(referral.personalDataAccess(sender, OrganisationType.NGO, NOW.plusSeconds(2)).covered()).isTrue();
    }

    @Test
    void goesThroughItsWholeLifecycle() {
        Referral referral = submitted();
        referral.markDelivered(NOW);
        referral.accept(NOW);
        referral.startWork(NOW);
        referral.complete(NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
    }

    @Test
    void canBeDeclinedOnlyOnceDelivered() {
        Referral referral = submitted();
        assertThatThrownBy(() -> referral.decline(NOW)).isInstanceOf(ConflictingState.class).hasMessageContaining("submitted to declined");
        referral.markDelivered(NOW);
        referral.decline(NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
    }

    @Test
    void canBeWithdrawnUntilItEnds() {
        Referral referral = submitted();
        referral.withdraw(NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThatThrownBy(() -> referral.markDelivered(NOW)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void finalStatusesAllowNoMove() {
        assertThat(ReferralStatus.COMPLETED.isFinal()).isTrue();
        assertThat(ReferralStatus.DECLINED.isFinal()).isTrue();
        assertThat(ReferralStatus.WITHDRAWN.isFinal()).isTrue();
        assertThat(ReferralStatus.IN_PROGRESS.canBecome(ReferralStatus.ACCEPTED)).isFalse();
        assertThat(ReferralStatus.SUBMITTED.canBecome(ReferralStatus.COMPLETED)).isFalse();
    }
}
