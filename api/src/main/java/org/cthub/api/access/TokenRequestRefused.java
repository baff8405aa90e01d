package org.cthub.api.access;

/** A token request refused before any credential was checked; carries the error to answer with. */
final class TokenRequestRefused extends Exception {

    private final transient TokenError error;

    TokenRequestRefused(TokenError error) {
        super(error.error(), null, false, false);
        this.error = error;
    }

    TokenError error() {
        return error;
    }
}
