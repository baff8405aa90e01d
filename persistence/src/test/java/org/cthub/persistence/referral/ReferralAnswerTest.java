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

class ReferralAnswerTest {

    private static final Instant NOW = ConsentTest.NOW;
    private final UUID sender = UUID.randomUUID();

    private Referral submitted() {
        Organisation shelter = new Organisation("Shelter Bari", OrganisationType.NGO, CountryCode.of("IT", "country"),
                new Contact("office@example.org", null, null));
        shelter.changeStatus(OrganisationStatus.ACTIVE);
        Consent consent = new Consent(ConsentGiver.DATA_SUBJECT, NOW.minusSeconds(60), Set.of(shelter.id()), Set.of(),
                ConsentPurpose.ASSISTANCE_AND_PROTECTION, NOW.plus(Duration.ofDays(30)), "form 1", NOW);
        ReferralContent content = new ReferralContent(Set.of(AssistanceType.SHELTER), Urgency.RAPID_RESPONSE,
                CountryCode.of("IT", "currentCountry"), null, null, TrmStage.FIRST_ASSISTANCE_AND_PROTECTION,
                ConsentPurpose.ASSISTANCE_AND_PROTECTION, null);
        return new Referral(new Case(sender, null), sender, shelter, content, null, consent, NOW);
    }

    private Referral delivered() {
        Referral referral = submitted();
        referral.markDelivered(NOW);
        return referral;
    }

    @Test
    void walksAcceptInProgressCompleteNumberingEachAnswer() {
        Referral referral = delivered();
        ReferralEvent accepted = referral.answer(Answer.ACCEPT, null, NOW.plusSeconds(1));
        ReferralEvent started = referral.answer(Answer.IN_PROGRESS, " ", NOW.plusSeconds(2));
        ReferralEvent completed = referral.answer(Answer.COMPLETE, "Returned home", NOW.plusSeconds(3));

        assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(accepted.sequence()).isEqualTo(1);
        assertThat(started.sequence()).isEqualTo(2);
        assertThat(started.reason()).as("a blank reason is no reason").isNull();
        assertThat(completed.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(referral.events()).extracting(ReferralEvent::answer).containsExactly(Answer.ACCEPT, Answer.IN_PROGRESS, Answer.COMPLETE);
        assertThat(referral.allowedAnswers()).isEmpty();
    }

    @Test
    void anAnswerToASubmittedReferralRecordsItDeliveredFirst() {
        Referral referral = submitted();
        referral.answer(Answer.ACCEPT, null, NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void declineNeedsAReasonAndKeepsIt() {
        Referral referral = delivered();
        assertThatThrownBy(() -> referral.answer(Answer.DECLINE, null, NOW)).isInstanceOf(RuleViolation.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> referral.answer(Answer.DECLINE, "   ", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> referral.answer(Answer.DECLINE, "x".repeat(1001), NOW)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("1000");
        assertThat(referral.status()).as("a refused answer changes nothing").isEqualTo(ReferralStatus.DELIVERED);
        assertThat(referral.events()).isEmpty();

        referral.answer(Answer.DECLINE, "No capacity", NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(referral.declineReason()).isEqualTo("No capacity");
    }

    @Test
    void refusesAMoveTheStatusDoesNotAllowNamingTheAllowedAnswers() {
        Referral referral = delivered();
        assertThatThrownBy(() -> referral.answer(Answer.COMPLETE, null, NOW)).isInstanceOf(ConflictingState.class)
                .hasMessageContaining("delivered").hasMessageContaining("[accept, decline]");
        referral.answer(Answer.ACCEPT, null, NOW);
        assertThatThrownBy(() -> referral.answer(Answer.ACCEPT, null, NOW)).isInstanceOf(ConflictingState.class)
                .hasMessageContaining("[in-progress]");
        assertThatThrownBy(() -> referral.answer(Answer.DECLINE, "changed our mind", NOW)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void finalStatusesAllowNoAnswer() {
        Referral declined = delivered();
        declined.answer(Answer.DECLINE, "No capacity", NOW);
        assertThatThrownBy(() -> declined.answer(Answer.ACCEPT, null, NOW)).isInstanceOf(ConflictingState.class)
                .hasMessageContaining("[]");
        Referral withdrawn = delivered();
        withdrawn.withdraw(NOW);
        assertThat(withdrawn.allowedAnswers()).isEmpty();
    }

    @Test
    void afterConsentIsWithdrawnOnlyClosingAnswersRemain() {
        Referral referral = delivered();
        referral.consent().withdraw(NOW);
        assertThat(referral.allowedAnswers()).containsExactly(Answer.DECLINE);
        assertThatThrownBy(() -> referral.answer(Answer.ACCEPT, null, NOW)).isInstanceOf(ConflictingState.class)
                .hasMessageContaining("withdrew consent");

        Referral working = delivered();
        working.answer(Answer.ACCEPT, null, NOW);
        working.answer(Answer.IN_PROGRESS, null, NOW);
        working.consent().withdraw(NOW);
        working.answer(Answer.COMPLETE, null, NOW);
        assertThat(working.status()).isEqualTo(ReferralStatus.COMPLETED);
    }

    @Test
    void aWithdrawnConsentIsAnEventOfItsOwnWithoutChangingTheStatus() {
        Referral referral = delivered();
        referral.answer(Answer.ACCEPT, null, NOW);
        ReferralEvent withdrawn = referral.recordConsentWithdrawn(NOW);
        assertThat(withdrawn.sequence()).isEqualTo(2);
        assertThat(withdrawn.kind()).isEqualTo(ReferralEvent.Kind.CONSENT_WITHDRAWN);
        assertThat(withdrawn.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.event(2)).isSameAs(withdrawn);
    }
}
