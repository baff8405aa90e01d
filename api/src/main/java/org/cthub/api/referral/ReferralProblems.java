package org.cthub.api.referral;

/** Descriptions of the problem responses the referral operations document. */
final class ReferralProblems {

    static final String MEDIA = "application/problem+json";
    static final String BAD_REQUEST = "Malformed JSON or a field that fails validation (errors lists the fields, never their values)";
    static final String FORBIDDEN = "The token's role does not allow this, or your part in the referral does not";
    static final String NOT_FOUND = "No such referral, or one your organisation neither sent nor received: the two are not told apart";
    static final String UNPROCESSABLE = "A domain rule refuses the request: the consent does not cover the recipient "
            + "(not named, another purpose, expired, withdrawn), an unknown or inactive recipient, an unknown code, return and "
            + "reintegration in one referral, no recipient found in the service directory, a country whose role does not fit "
            + "the assistance, or an Idempotency-Key reused with a different body. Nothing was stored.";

    private ReferralProblems() {
    }
}
