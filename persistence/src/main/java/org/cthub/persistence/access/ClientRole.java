package org.cthub.persistence.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles a client can hold, by the names tokens carry. The API's {@code Roles} constants name the same
 * strings (a test in api keeps them equal); persistence cannot see api, so the rule lives here too.
 */
public enum ClientRole {
    HUB_ADMIN("hub-admin"),
    PARTNER("partner"),
    SECRETARIAT("secretariat"),
    REVIEWER("reviewer");

    private final String tokenName;

    ClientRole(String tokenName) {
        this.tokenName = tokenName;
    }

    /** The role's name in tokens and in the API. */
    public String tokenName() {
        return tokenName;
    }

    public static Optional<ClientRole> named(String tokenName) {
        return Arrays.stream(values()).filter(role -> role.tokenName.equals(tokenName)).findFirst();
    }
}
