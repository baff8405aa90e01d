package org.cthub.persistence.referral;

/** How fast the recipient must act: rapid response for a stranded person is hours, not days. */
public enum Urgency {
    RAPID_RESPONSE,
    STANDARD
}
