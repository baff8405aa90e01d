package org.cthub.persistence.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.support.ConflictingState;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 3);
    private final UUID node = UUID.randomUUID();
    private final PartnerSystem inbox = PartnerSystem.pullInbox(UUID.randomUUID(), "Case system", List.of("application/json"));

    private Delivery pending() {
        return Delivery.ofReferral(UUID.randomUUID(), inbox, now);
    }

    private Delivery leased() {
        Delivery delivery = pending();
        delivery.lease(node, now, LEASE);
        return delivery;
    }

    @Test
    void startsPendingAndDueForTheRecipientsSystem() {
        Delivery delivery = pending();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.partnerSystemId()).isEqualTo(inbox.id());
        assertThat(delivery.recipientOrganisation()).isEqualTo(inbox.organisationId());
        assertThat(delivery.claimable(now)).isTrue();
        assertThat(delivery.attempts()).isZero();
    }

    @Test
    void keepsItsMessageIdThroughEveryAttempt() {
        Delivery delivery = leased();
        UUID messageId = delivery.messageId();
        delivery.failed("503", now, backoff, () -> 0.5);
        delivery.lease(node, now.plus(Duration.ofMinutes(1)), LEASE);
        assertThat(delivery.messageId()).isEqualTo(messageId);
        assertThat(pending().messageId()).isNotEqualTo(messageId);
    }

    @Test
    void isNotClaimableByAnotherNodeWhileLeased() {
        Delivery delivery = leased();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.LEASED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.claimable(now.plusSeconds(29))).isFalse();
        assertThatThrownBy(() -> delivery.lease(UUID.randomUUID(), now.plusSeconds(29), LEASE)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void becomesClaimableAgainWhenItsLeaseExpires() {
        Delivery delivery = leased();
        UUID otherNode = UUID.randomUUID();
        assertThat(delivery.claimable(now.plus(LEASE))).isTrue();
        delivery.lease(otherNode, now.plus(LEASE), LEASE);
        assertThat(delivery.leasedBy(otherNode, now.plus(LEASE))).isTrue();
        assertThat(delivery.leasedBy(node, now.plus(LEASE))).isFalse();
    }

    @Test
    void waitsInTheInboxUntilAcknowledged() {
        Delivery delivery = leased();
        delivery.awaitAcknowledgement();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.AWAITING_ACK);
        assertThat(delivery.claimable(now.plus(Duration.ofDays(1)))).isFalse();
        delivery.acknowledge(now.plusSeconds(5));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.deliveredAt()).isEqualTo(now.plusSeconds(5));
    }

    @Test
    void acceptsASecondAcknowledgementWithoutChange() {
        Delivery delivery = leased();
        delivery.awaitAcknowledgement();
        delivery.acknowledge(now.plusSeconds(5));
        delivery.acknowledge(now.plusSeconds(9));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.deliveredAt()).isEqualTo(now.plusSeconds(5));
    }

    @Test
    void refusesAnAcknowledgementOfAMessageNotInTheInbox() {
        assertThatThrownBy(() -> pending().acknowledge(now)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void schedulesARetryWithBackoffAfterAFailure() {
        Delivery delivery = leased();
        delivery.failed("webhook answered 503", now, backoff, () -> 0.0);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.RETRY_SCHEDULED);
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(5));
        assertThat(delivery.lastError()).isEqualTo("webhook answered 503");
        assertThat(delivery.claimable(now.plusSeconds(4))).isFalse();
        assertThat(delivery.claimable(now.plusSeconds(5))).isTrue();
    }

    @Test
    void deadLettersAfterTheLastAllowedAttempt() {
        Delivery delivery = pending();
        Instant at = now;
        for (int attempt = 1; attempt <= 3; attempt++) {
            delivery.lease(node, at, LEASE);
            delivery.failed("timeout", at, backoff, () -> 0.99);
            at = delivery.nextAttemptAt();
        }
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD_LETTERED);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.claimable(now.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void replaysADeadLetterAsPendingWithFreshAttempts() {
        Delivery delivery = pending();
        for (int attempt = 1; attempt <= 3; attempt++) {
            delivery.lease(node, delivery.nextAttemptAt(), LEASE);
            delivery.failed("timeout", delivery.nextAttemptAt(), backoff, () -> 0.5);
        }
        Instant later = now.plus(Duration.ofDays(1));
        delivery.replay(later);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.claimable(later)).isTrue();
    }

    @Test
    void replaysOnlyDeadLetters() {
        assertThatThrownBy(() -> pending().replay(now)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void recordsAnOutcomeOnlyWhileLeased() {
        Delivery delivery = pending();
        assertThatThrownBy(() -> delivery.delivered(now)).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> delivery.failed("x", now, backoff, () -> 0.5)).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(delivery::awaitAcknowledgement).isInstanceOf(ConflictingState.class);
        Delivery leased = leased();
        leased.delivered(now.plusSeconds(1));
        assertThat(leased.status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void keepsTheFailureReasonShort() {
        Delivery delivery = leased();
        delivery.failed("x".repeat(1000), now, backoff, () -> 0.5);
        assertThat(delivery.lastError()).hasSize(Delivery.ERROR_LENGTH);
    }

    @Test
    void cancellingStopsAnUndeliveredMessageForGoodAndTheLeaseHolderFindsItGone() {
        Delivery leased = leased();
        assertThat(leased.cancel("consent withdrawn")).isTrue();
        assertThat(leased.status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(leased.leasedBy(node, now)).as("a late outcome is not recorded").isFalse();
        assertThat(leased.claimable(now.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> leased.replay(now)).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> leased.delivered(now)).isInstanceOf(ConflictingState.class);
        assertThat(leased.cancel("consent withdrawn")).as("again: nothing to stop").isFalse();

        Delivery retrying = leased();
        retrying.failed("503", now, backoff, () -> 0.5);
        assertThat(retrying.cancel("consent withdrawn")).isTrue();
    }

    @Test
    void aMessageAlreadyWithTheRecipientIsNotCancelled() {
        Delivery inInbox = leased();
        inInbox.awaitAcknowledgement();
        assertThat(inInbox.cancel("consent withdrawn")).isFalse();
        inInbox.acknowledge(now);
        assertThat(inInbox.cancel("consent withdrawn")).isFalse();
        assertThat(inInbox.status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void eventMessagesAreNumberedSoOneSystemGetsManyAboutOneReferral() {
        UUID referral = UUID.randomUUID();
        Delivery first = Delivery.ofEvent(MessageType.REFERRAL_UPDATE, referral, 1, inbox, now);
        Delivery second = Delivery.ofEvent(MessageType.REFERRAL_UPDATE, referral, 2, inbox, now);
        assertThat(first.eventSequence()).isEqualTo(1);
        assertThat(second.messageId()).isNotEqualTo(first.messageId());
        assertThat(Delivery.ofReferral(referral, inbox, now).eventSequence()).isZero();
        assertThatThrownBy(() -> Delivery.ofEvent(MessageType.REFERRAL, referral, 1, inbox, now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Delivery.ofEvent(MessageType.REFERRAL_UPDATE, referral, 0, inbox, now)).isInstanceOf(IllegalArgumentException.class);
    }
}
