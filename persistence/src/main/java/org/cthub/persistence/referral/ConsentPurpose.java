package org.cthub.persistence.referral;

/**
 * What the person agreed their data may be transferred for (IOM principle: a specified purpose). A referral
 * names its purpose, and its consent must name the same one.
 */
public enum ConsentPurpose {
    ASSISTANCE_AND_PROTECTION,
    RETURN,
    REINTEGRATION,
    LEGAL_PROCEEDINGS
}
