package org.cthub.persistence.referral;

/** The stages of the ICMPD Transnational Referral Mechanism a referral belongs to. */
public enum TrmStage {
    IDENTIFICATION,
    FIRST_ASSISTANCE_AND_PROTECTION,
    LONG_TERM_ASSISTANCE_AND_SOCIAL_INCLUSION,
    RETURN_AND_SOCIAL_INCLUSION,
    CRIMINAL_AND_CIVIL_PROCEEDINGS
}
