package org.cthub.integration.access;

/** The claim names of the hub's access tokens that are not registered JWT claims. */
public final class HubTokenClaims {

    /** The roles, as MicroProfile JWT names them. */
    public static final String GROUPS = "groups";
    /** The organisation the client acts for; absent for a hub-admin. */
    public static final String ORGANISATION = "org";
    /** RFC 9068: the client the token was issued to. */
    public static final String CLIENT_ID = "client_id";
    /** RFC 9068's media type of a JWT access token, in the {@code typ} header. */
    public static final String ACCESS_TOKEN_TYPE = "at+jwt";

    private HubTokenClaims() {
    }
}
