package org.cthub.api.support.security;

/** The roles a token can carry. Every resource method names the roles it admits; there is no default. */
public final class Roles {

    public static final String HUB_ADMIN = "hub-admin";
    public static final String PARTNER = "partner";
    public static final String SECRETARIAT = "secretariat";
    public static final String REVIEWER = "reviewer";

    private Roles() {
    }
}
