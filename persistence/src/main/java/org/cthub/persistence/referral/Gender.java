package org.cthub.persistence.referral;

/** HTCDS v2 {@code prs_Gender}. */
public enum Gender {
    FEMININE,
    MASCULINE,
    TRANSGENDER_FEMININE,
    TRANSGENDER_MASCULINE,
    NON_CONFORMING,
    NON_SPECIFIED_UNKNOWN
}
