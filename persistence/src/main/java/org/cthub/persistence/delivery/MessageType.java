package org.cthub.persistence.delivery;

/** What a delivered message carries, so the recipient knows how to read its payload. */
public enum MessageType {
    /** A new referral, as the recipient may see it. */
    REFERRAL
}
