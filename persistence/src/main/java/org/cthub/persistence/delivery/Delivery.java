package org.cthub.persistence.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import org.cthub.persistence.partner.Channel;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.ConflictingState;

/**
 * One message on its way to one partner system, about one referral or one draft law (its subject). Its
 * {@code messageId} never changes, however often it is handed over, so the recipient can drop duplicates. It
 * holds no payload: that is built from its subject when it is handed over, so a consent withdrawn meanwhile
 * is honoured. Its lifecycle is {@link DeliveryStatus}.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    private static final Set<DeliveryStatus> CLAIMABLE = EnumSet.of(DeliveryStatus.PENDING, DeliveryStatus.RETRY_SCHEDULED);
    static final int ERROR_LENGTH = 300;

    @Id
    private UUID id;

    @Column(name = "message_id", nullable = false, unique = true, updatable = false)
    private UUID messageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "message_type", nullable = false, length = 20, updatable = false)
    private MessageType messageType;

    /** The referral the message is about, or null for a message about a draft, a report or a saved query. */
    @Column(name = "referral_id", updatable = false)
    private UUID referralId;

    /** The draft law the message is about, or null. */
    @Column(name = "draft_id", updatable = false)
    private UUID draftId;

    /** The report the message is about ({@link MessageType#REPORT_REVIEWED}), or null. */
    @Column(name = "report_id", updatable = false)
    private UUID reportId;

    /** The saved shared-data query whose run the message carries, or null. */
    @Column(name = "saved_query_id", updatable = false)
    private UUID savedQueryId;

    /** The event of its subject the message tells of; 0 for the referral itself. */
    @Column(name = "event_sequence", nullable = false, updatable = false)
    private int eventSequence;

    @Column(name = "partner_system_id", nullable = false, updatable = false)
    private UUID partnerSystemId;

    @Column(name = "recipient_organisation_id", nullable = false, updatable = false)
    private UUID recipientOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_owner")
    private UUID leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    /** A short reason for the last failure, written by the hub (status code, exception class), never payload. */
    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private Long version;

    protected Delivery() {
    }

    private Delivery(MessageType type, UUID referralId, PartnerSystem system, Instant now) {
        this.id = UUID.randomUUID();
        this.messageId = UUID.randomUUID();
        this.messageType = type;
        this.referralId = referralId;
        this.partnerSystemId = system.id();
        this.recipientOrganisation = system.organisationId();
        this.channel = system.channel();
        this.status = DeliveryStatus.PENDING;
        this.createdAt = micros(now);
        this.nextAttemptAt = createdAt;
    }

    /** A new referral, due at once, for one of the recipient's systems. */
    public static Delivery ofReferral(UUID referralId, PartnerSystem system, Instant now) {
        return new Delivery(MessageType.REFERRAL, referralId, system, now);
    }

    /** A message about one event of a referral (an answer, a withdrawn consent), due at once, for one system. */
    public static Delivery ofEvent(MessageType type, UUID referralId, int eventSequence, PartnerSystem system, Instant now) {
        if (type == MessageType.REFERRAL || eventSequence < 1) {
            throw new IllegalArgumentException("An event message names an event of the referral, numbered from 1");
        }
        Delivery delivery = new Delivery(type, referralId, system, now);
        delivery.eventSequence = eventSequence;
        return delivery;
    }

    /**
     * Not yet with the recipient: pending, leased, retrying or dead-lettered. A message in a pull inbox counts
     * as with the recipient, which may have pulled it already.
     */
    public boolean undelivered() {
        return status != DeliveryStatus.DELIVERED && status != DeliveryStatus.AWAITING_ACK && status != DeliveryStatus.CANCELLED;
    }

    /**
     * Stops an undelivered message for good (the person withdrew consent, or the sender the referral, before it arrived): it is not claimed,
     * replayed or sent again, and a node that still holds its lease finds it gone ({@link #leasedBy} is false).
     * Returns false when there was nothing to stop.
     */
    public boolean cancel(String why) {
        if (!undelivered()) {
            return false;
        }
        status = DeliveryStatus.CANCELLED;
        lastError = "cancelled: " + why;
        endLease();
        return true;
    }

    /** A review of a report, told to one system of the reporting organisation; the sequence is the reviewed version's number. */
    public static Delivery ofReportReview(UUID reportId, int reviewedVersion, PartnerSystem system, Instant now) {
        Delivery delivery = new Delivery(MessageType.REPORT_REVIEWED, null, system, now);
        delivery.reportId = reportId;
        delivery.eventSequence = reviewedVersion;
        return delivery;
    }

    /** A message of the given type about a referral, due at once, for one system of an organisation. */
    public static Delivery of(MessageType type, UUID referralId, PartnerSystem system, Instant now) {
        return new Delivery(type, referralId, system, now);
    }

    /** The result of one run of a saved query (runs numbered from 1), due at once, for one system of its organisation. */
    public static Delivery ofSavedQueryRun(UUID savedQueryId, int run, PartnerSystem system, Instant now) {
        if (run < 1) {
            throw new IllegalArgumentException("Runs are numbered from 1");
        }
        Delivery delivery = new Delivery(MessageType.STATISTICS, null, system, now);
        delivery.savedQueryId = savedQueryId;
        delivery.eventSequence = run;
        return delivery;
    }

    /** A message about one event of a draft law (numbered from 1), due at once, for one system. */
    public static Delivery ofDraftEvent(MessageType type, UUID draftId, int eventSequence, PartnerSystem system, Instant now) {
        if (!type.aboutDrafts() || eventSequence < 1) {
            throw new IllegalArgumentException("A draft message is of a draft type and names an event of the draft, numbered from 1");
        }
        Delivery delivery = new Delivery(type, null, system, now);
        delivery.draftId = draftId;
        delivery.eventSequence = eventSequence;
        return delivery;
    }

    /** Whether a node may take it now: due, or leased by a node whose lease ran out (it died or stalled). */
    public boolean claimable(Instant now) {
        return CLAIMABLE.contains(status) && !nextAttemptAt.isAfter(now)
                || status == DeliveryStatus.LEASED && !leaseUntil.isAfter(now);
    }

    /** Takes the delivery for one hand-over attempt until the lease expires; the owner proves it is still its. */
    public void lease(UUID owner, Instant now, Duration leaseFor) {
        if (!claimable(now)) {
            throw new ConflictingState("Delivery " + id + " is " + Codes.of(status) + " and not due: it cannot be claimed");
        }
        status = DeliveryStatus.LEASED;
        leaseOwner = owner;
        leaseUntil = micros(now.plus(leaseFor));
        lastAttemptAt = micros(now);
        attempts++;
    }

    /** True while this owner's lease holds; after it expires another node may have taken over. */
    public boolean leasedBy(UUID owner, Instant now) {
        return status == DeliveryStatus.LEASED && owner.equals(leaseOwner) && leaseUntil.isAfter(now);
    }

    /** The channel handed it over and the recipient has it (a webhook answered 2xx). */
    public void delivered(Instant now) {
        requireLeased("delivered");
        finish(now);
    }

    /** In the recipient's pull inbox: delivered once the recipient acknowledges it. */
    public void awaitAcknowledgement() {
        requireLeased("made available");
        status = DeliveryStatus.AWAITING_ACK;
        endLease();
    }

    /**
     * The recipient acknowledges it from its inbox. Acknowledging again changes nothing, so a recipient that
     * lost the first answer can safely retry.
     */
    public void acknowledge(Instant now) {
        if (status == DeliveryStatus.DELIVERED) {
            return;
        }
        if (status != DeliveryStatus.AWAITING_ACK) {
            throw new ConflictingState("Message " + messageId + " is not in an inbox (" + Codes.of(status) + ")");
        }
        finish(now);
    }

    /** The hand-over failed: try again after the backoff, or dead-letter it when the attempts are used up. */
    public void failed(String reason, Instant now, Backoff backoff, DoubleSupplier random) {
        requireLeased("failed");
        lastError = reason == null ? null : reason.length() > ERROR_LENGTH ? reason.substring(0, ERROR_LENGTH) : reason;
        endLease();
        if (backoff.exhausted(attempts)) {
            status = DeliveryStatus.DEAD_LETTERED;
            return;
        }
        status = DeliveryStatus.RETRY_SCHEDULED;
        nextAttemptAt = micros(now.plus(backoff.delayAfter(attempts, random)));
    }

    /** An operator sends a dead letter again, from a fresh count of attempts, at once. */
    public void replay(Instant now) {
        if (status != DeliveryStatus.DEAD_LETTERED) {
            throw new ConflictingState("Only dead-lettered deliveries can be replayed; delivery " + id + " is " + Codes.of(status));
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = micros(now);
    }

    private void finish(Instant now) {
        status = DeliveryStatus.DELIVERED;
        deliveredAt = micros(now);
        endLease();
    }

    private void requireLeased(String outcome) {
        if (status != DeliveryStatus.LEASED) {
            throw new ConflictingState("Delivery " + id + " is " + Codes.of(status) + ", not leased: it cannot be " + outcome);
        }
    }

    private void endLease() {
        leaseOwner = null;
        leaseUntil = null;
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public UUID messageId() {
        return messageId;
    }

    public MessageType messageType() {
        return messageType;
    }

    /** The referral the message is about; null for a message about a draft or a saved query. */
    public UUID referralId() {
        return referralId;
    }

    /** The draft law the message is about; null for a message about a referral. */
    public UUID draftId() {
        return draftId;
    }

    /** The saved query whose run the message carries; null otherwise. */
    public UUID savedQueryId() {
        return savedQueryId;
    }

    /** The report the message is about; null otherwise. */
    public UUID reportId() {
        return reportId;
    }

    /** What the message is about, for operators' records: {@code referral=<id>}, {@code draft=<id>}, {@code report=<id>} or {@code savedQuery=<id>}. */
    public String subject() {
        return draftId != null ? "draft=" + draftId : savedQueryId != null ? "savedQuery=" + savedQueryId
                : reportId != null ? "report=" + reportId : "referral=" + referralId;
    }

    public int eventSequence() {
        return eventSequence;
    }

    public UUID partnerSystemId() {
        return partnerSystemId;
    }

    public UUID recipientOrganisation() {
        return recipientOrganisation;
    }

    public Channel channel() {
        return channel;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
