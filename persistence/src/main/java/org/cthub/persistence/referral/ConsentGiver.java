package org.cthub.persistence.referral;

/** Who gave consent: the person, or a legal guardian for a child or a person who cannot consent. */
public enum ConsentGiver {
    DATA_SUBJECT,
    LEGAL_GUARDIAN
}
