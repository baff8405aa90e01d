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
    /** To a reviewer organisation's systems: a draft law to review (its metadata and where to fetch the version). */
    REVIEW_REQUEST,
    /** About a draft under review: a new version, a comment or opinion, adopted or withdrawn; never the document itself. */
    DRAFT_UPDATE,
    /** The protected result of one run of a saved shared-data query, for the systems of the organisation that saved it. */
    STATISTICS,
    /** To the reporting organisation: a secretariat accepted its report or returned it for correction; metadata only. */
    REPORT_REVIEWED;

    /** Whether messages of this type are about a draft law rather than a referral. */
    public boolean aboutDrafts() {
        return this == REVIEW_REQUEST || this == DRAFT_UPDATE;
    }
}
