package org.cthub.api.partner;

/** Descriptions of the problem responses the directory documents, so every operation says them alike. */
final class Problems {

    static final String MEDIA = "application/problem+json";
    static final String BAD_REQUEST = "Malformed JSON or a field that fails validation (errors lists the fields)";
    static final String UNAUTHENTICATED = "No valid bearer token";
    static final String FORBIDDEN = "The token's role or organisation does not allow this";
    static final String NOT_FOUND = "No such record";
    static final String CONFLICT = "The change clashes with the record's state (illegal status transition, duplicate)";
    static final String STALE = "If-Match does not name the current version: GET again and reapply";
    static final String UNPROCESSABLE = "A domain rule refuses a value (unknown country code, non-public webhook URL)";
    static final String PRECONDITION_REQUIRED = "If-Match is missing: send the ETag from your last GET";

    private Problems() {
    }
}
