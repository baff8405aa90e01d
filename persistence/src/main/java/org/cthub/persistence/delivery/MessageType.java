package org.cthub.persistence.delivery;

/** What a delivered message carries, so the recipient knows how to read its payload. */
public enum MessageType {
    /** A new referral, as the recipient may see it. */
    REFERRAL,
    /** To the sender: the recipient answered, or the referral's status changed; no personal data. */
    REFERRAL_UPDATE,
    /** To a recipient holding the referral: the person withdrew consent, delete your copy of the personal fields. */
    CONSENT_WITHDRAWN,
    /** A referral expired unanswered: metadata only, for the focal point of the country the person is in. */
    ESCALATION,
    /** To the reporting organisation: a secretariat accepted its report or returned it for correction; metadata only. */
    REPORT_REVIEWED
}
