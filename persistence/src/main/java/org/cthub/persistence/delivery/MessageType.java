package org.cthub.persistence.delivery;

/** What a delivered message carries, so the recipient knows how to read its payload. */
public enum MessageType {
    /** A new referral, as the recipient may see it. */
    REFERRAL,
    /** A referral expired unanswered: metadata only, for the focal point of the country the person is in. */
    ESCALATION
}
