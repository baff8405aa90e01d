package org.cthub.persistence.referral;

/** How the recipient judges the returned person's reintegration at a follow-up. */
public enum Wellbeing {
    STABLE,
    IMPROVING,
    DETERIORATING,
    AT_RISK,
    /** The person could not be reached for this follow-up. */
    NOT_REACHED
}
