package org.cthub.persistence.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Something that happened to a referral after its submission that a party must hear of: an answer from the
 * recipient, the person's consent withdrawn, or another change of status. Numbered per referral from 1, so
 * each notification about it is a message of its own. Holds no personal data: a reason is documented to
 * the partners as "no personal data".
 */
@Entity
@Table(name = "referral_event")
public class ReferralEvent {

    /** What kind of thing happened. */
    public enum Kind { ANSWER, CONSENT_WITHDRAWN, STATUS_CHANGE }

    public static final int REASON_LENGTH = 1000;

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private UUID referralId;

    @Column(nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private Answer answer;

    /** The referral's status once the event happened. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReferralStatus status;

    @Column(length = REASON_LENGTH, updatable = false)
    private String reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    protected ReferralEvent() {
    }

    ReferralEvent(UUID referralId, int sequence, Kind kind, Answer answer, ReferralStatus status, String reason, Instant at) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.sequence = sequence;
        this.kind = kind;
        this.answer = answer;
        this.status = status;
        this.reason = reason;
        this.at = at.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public UUID referralId() {
        return referralId;
    }

    public int sequence() {
        return sequence;
    }

    public Kind kind() {
        return kind;
    }

    public Answer answer() {
        return answer;
    }

    public ReferralStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Instant at() {
        return at;
    }
}
