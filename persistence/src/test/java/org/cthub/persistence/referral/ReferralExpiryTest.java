package org.cthub.persistence.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
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

/** Expiry of unanswered referrals, the focal point as a party, and delinking at submission. */
class ReferralExpiryTest {

    private static final Instant NOW = ConsentTest.NOW;
    private static final AnswerDeadlines DEADLINES = new AnswerDeadlines(Duration.ofDays(7), Duration.ofHours(12));
    private final UUID sender = UUID.randomUUID();
    private final Organisation shelter = active();

    private static Organisation active() {
        Organisation organisation = new Organisation("Shelter", OrganisationType.NGO, CountryCode.of("IT", "country"),
                new Contact("office@example.org", null, null));
        organisation.changeStatus(OrganisationStatus.ACTIVE);
        return organisation;
    }

    private Referral referral(Urgency urgency, Set<AssistanceType> types, Set<OrganisationType> consentTypes) {
        Consent consent = new Consent(ConsentGiver.DATA_SUBJECT, NOW.minusSeconds(60), Set.of(shelter.id()), consentTypes,
                ConsentPurpose.ASSISTANCE_AND_PROTECTION, NOW.plus(Duration.ofDays(30)), "form 1", NOW);
        ReferralContent content = new ReferralContent(types, urgency, CountryCode.of("IT", "currentCountry"), "Bari",
                CountryCode.of("MD", "destinationCountry"), TrmStage.FIRST_ASSISTANCE_AND_PROTECTION,
                ConsentPurpose.ASSISTANCE_AND_PROTECTION, null);
        return new Referral(new Case(sender, null), sender, shelter, RoutedBy.SERVICE_DIRECTORY, content, null, consent, NOW);
    }

    private Referral rapid() {
        return referral(Urgency.RAPID_RESPONSE, Set.of(AssistanceType.SHELTER), Set.of());
    }

    @Test
    void expiresARapidResponseUnansweredPastItsShorterLimit() {
        Referral referral = rapid();
        assertThat(referral.isOverdue(DEADLINES, NOW.plus(Duration.ofHours(11)))).isFalse();
        assertThat(referral.isOverdue(DEADLINES, NOW.plus(Duration.ofHours(12)))).isTrue();
        referral.expire(NOW.plus(Duration.ofHours(12)));
        assertThat(referral.status()).isEqualTo(ReferralStatus.EXPIRED);
        assertThat(referral.status().isFinal()).isTrue();
        assertThat(referral.isOverdue(DEADLINES, NOW.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void givesAStandardReferralTheLongerLimit() {
        Referral referral = referral(Urgency.STANDARD, Set.of(AssistanceType.SHELTER), Set.of());
        assertThat(referral.isOverdue(DEADLINES, NOW.plus(Duration.ofDays(6)))).isFalse();
        referral.markDelivered(NOW.plusSeconds(5));
        assertThat(referral.isOverdue(DEADLINES, NOW.plus(Duration.ofDays(7)))).isTrue();
    }

    @Test
    void neverExpiresAnAnsweredOrWithdrawnReferral() {
        Referral referral = rapid();
        referral.withdraw(NOW.plusSeconds(1));
        assertThat(referral.isOverdue(DEADLINES, NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> referral.expire(NOW.plus(Duration.ofDays(1)))).isInstanceOf(ConflictingState.class);
    }

    @Test
    void makesTheFocalPointAPartyThatSeesPersonalFieldsOnlyWhenTheConsentCoversIt() {
        UUID focalPoint = UUID.randomUUID();
        Referral uncovered = rapid();
        assertThat(uncovered.isPartyTo(focalPoint)).isFalse();
        assertThat(uncovered.involveFocalPoint(focalPoint)).isTrue();
        assertThat(uncovered.isPartyTo(focalPoint)).isTrue();
        assertThat(uncovered.isReceivedBy(focalPoint)).isFalse();
        assertThat(uncovered.personalDataAccess(focalPoint, OrganisationType.GOVERNMENT, NOW)).isEqualTo(ConsentCoverage.RECIPIENT_NOT_COVERED);

        Referral covered = referral(Urgency.RAPID_RESPONSE, Set.of(AssistanceType.SHELTER), Set.of(OrganisationType.GOVERNMENT));
        covered.involveFocalPoint(focalPoint);
        assertThat(covered.personalDataAccess(focalPoint, OrganisationType.GOVERNMENT, NOW)).isEqualTo(ConsentCoverage.COVERED);
    }

    @Test
    void doesNotRecordTheSenderOrRecipientAsFocalPoint() {
        Referral referral = rapid();
        assertThat(referral.involveFocalPoint(sender)).isFalse();
        assertThat(referral.involveFocalPoint(shelter.id())).isFalse();
        assertThat(referral.focalPoint()).isEmpty();
    }

    @Test
    void refusesReturnAndReintegrationInOneReferral() {
        assertThatThrownBy(() -> referral(Urgency.STANDARD, Set.of(AssistanceType.RETURN, AssistanceType.REINTEGRATION), Set.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("same caseReference");
    }
}
