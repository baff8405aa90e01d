package org.cthub.persistence.referral;

/** Whether a consent covers one transfer, and if not, why: the reason goes to the sender as it stands. */
public enum ConsentCoverage {
    COVERED(null),
    RECIPIENT_NOT_COVERED("the consent does not name the recipient organisation or its type"),
    PURPOSE_NOT_COVERED("the consent was given for another purpose"),
    NOT_YET_GIVEN("the consent was given later than the time of the transfer"),
    EXPIRED("the consent has expired (validUntil is past)"),
    WITHDRAWN("the consent has been withdrawn"),
    REFERRAL_WITHDRAWN("the referring organisation withdrew the referral");

    private final String reason;

    ConsentCoverage(String reason) {
        this.reason = reason;
    }

    public boolean covered() {
        return this == COVERED;
    }

    /** Why the transfer is not covered; null when it is. Never holds personal data. */
    public String reason() {
        return reason;
    }
}
