package org.cthub.integration.referral;

/** The names under which referral events are audited. Details hold ids and codes, never personal data. */
public final class ReferralAudit {

    public static final String TARGET = "referral";
    public static final String SUBMITTED = "referral.submitted";
    public static final String PERSONAL_DATA_READ = "referral.personal-data-read";
    public static final String CONSENT_WITHDRAWN = "referral.consent-withdrawn";
    public static final String ANSWERED = "referral.answered";
    public static final String WITHDRAWN = "referral.withdrawn";
    public static final String FOLLOW_UP_SUBMITTED = "referral.follow-up-submitted";
    public static final String EXPIRED = "referral.expired";
    public static final String ESCALATED = "referral.escalated";
    public static final String ESCALATION_MISSED = "referral.escalation-missed";

    private ReferralAudit() {
    }
}
