package org.cthub.persistence.referral;

/** An area of life in which a follow-up finds the person's reintegration on track. */
public enum ReintegrationArea {
    HOUSING,
    EMPLOYMENT,
    EDUCATION,
    HEALTH,
    FAMILY,
    LEGAL,
    SAFETY
}
